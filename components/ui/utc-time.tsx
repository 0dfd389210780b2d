import { useFormatter, useTranslations } from "next-intl";

/**
 * A moment as the desk shows it everywhere: day and minute, in UTC (the
 * request's time zone), in the reader's language, machine-readable too.
 */
export function UtcTime({ at }: { at: Date }) {
  const format = useFormatter();
  const vocab = useTranslations("vocab");
  return (
    <time dateTime={at.toISOString()}>
      {vocab("atUtc", { moment: format.dateTime(at, "moment") })}
    </time>
  );
}
