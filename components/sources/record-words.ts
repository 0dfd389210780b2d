import { useFormatter, useTranslations } from "next-intl";
import type { RecordWords } from "@/lib/sources/record-wording";

/** The reader's words for a source's record (lib/sources/record-wording.ts). */
export function useRecordWords(): RecordWords {
  const t = useTranslations("claimSources.record");
  const format = useFormatter();
  return { t, list: (items, type) => format.list(items, { type }) };
}
