import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";

/** A moment as the desk shows it everywhere: day and minute, in UTC, machine-readable too. */
export function UtcTime({ at }: { at: Date }) {
  const t = useTranslations("statusPages");
  const format = useFormatter();
  return <time dateTime={at.toISOString()}>{t("utc", { at: format.dateTime(at, "moment") })}</time>;
}
