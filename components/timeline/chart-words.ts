/**
 * The timeline's words: what a point is called, and how the axis names a
 * month, in the reader's language.
 */
import type { useTranslations } from "next-intl";
import { languageOfLocale } from "@/lib/i18n/languages";
import { formatEventDate } from "@/lib/text/event-date";
import type { TimelineClaim } from "@/lib/timeline/points";

type Translate = ReturnType<typeof useTranslations<"timeline">>;
type Vocabulary = ReturnType<typeof useTranslations<"vocab">>;

/** What a screen reader announces for a point, and what its tooltip shows. */
export function pointName(
  claim: TimelineClaim,
  t: Translate,
  vocab: Vocabulary,
  locale: string,
): string {
  const facts = {
    id: claim.id,
    statement: claim.statement,
    status: vocab(`status.${claim.status}`),
    date: formatEventDate(claim.eventDate, claim.precision, locale),
  };
  return claim.contradicts.length === 0
    ? t("point", facts)
    : t("pointContradicts", {
        ...facts,
        count: claim.contradicts.length,
        others: claim.contradicts.join(languageOfLocale(locale) === "ar" ? "، " : ", "),
      });
}

/**
 * The axis's month names in the reader's language ("Jul 2025", "يوليو 2025"):
 * English keeps the desk's three-letter months, other languages take Intl's.
 */
export function monthLabelFor(locale: string) {
  if (languageOfLocale(locale) === "en") return undefined;
  const withYear = new Intl.DateTimeFormat(locale, {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const alone = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  return (year: number, month: number, showYear: boolean) =>
    (showYear ? withYear : alone).format(new Date(Date.UTC(year, month, 1)));
}
