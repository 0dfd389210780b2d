import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { RecordWords } from "@/lib/sources/record-wording";

/** The reader's words for a source's record (lib/sources/record-wording.ts). */
export function useRecordWords(): RecordWords {
  const t = useTranslations("claimSources.record");
  const format = useFormatter();
  return { t, list: (items, type) => format.list(items, { type }) };
}
