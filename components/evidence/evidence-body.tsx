import { useLocale } from "next-intl";
import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { ExternalLink } from "@/components/ui/external-link";
import type { ClaimEvidence } from "@/lib/evidence/list";
import { formatEventDate } from "@/lib/text/event-date";
import { StanceBadge } from "./stance";

/**
 * One source as the card shows it: its stance, the title as a link that
 * opens in a new tab without handing the page a `window.opener`, the site it
 * is on (so a reader sees whose page it is without hovering), the archived
 * copy, the quote and who added it. The title is isolated and takes its
 * direction from its own text, so an Arabic title reads right to left; the
 * host is always left to right, so it cannot be reordered by the title
 * beside it.
 */
export function EvidenceBody({ item }: { item: ClaimEvidence }) {
  const t = useTranslations("evidence.body");
  const format = useFormatter();
  const locale = useLocale();
  const details = [
    item.outlet,
    item.publishedOn
      ? t("published", { date: formatEventDate(item.publishedOn, "day", locale) })
      : null,
  ].filter(Boolean);
  return (
    <>
      <span className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <StanceBadge stance={item.stance} />
        <ExternalLink href={item.url} className="font-medium">
          <bdi>{item.title}</bdi>
        </ExternalLink>
        {item.host && (
          <bdi dir="ltr" className="text-sm text-muted">
            {item.host}
          </bdi>
        )}
      </span>
      {(details.length > 0 || item.archiveUrl) && (
        <span className="text-sm text-muted">
          {details.length > 0 && <bdi>{details.join(" · ")}</bdi>}
          {details.length > 0 && item.archiveUrl ? " · " : ""}
          {item.archiveUrl && (
            <ExternalLink href={item.archiveUrl}>{t("archivedCopy")}</ExternalLink>
          )}
        </span>
      )}
      {item.quote && (
        <blockquote dir="auto" className="border-s-4 border-line ps-3 font-reading">
          {item.quote}
        </blockquote>
      )}
      <span className="text-xs text-muted">
        {t.rich("addedBy", {
          name: () => <bdi>{item.addedByName ?? t("formerAccount")}</bdi>,
          date: format.dateTime(item.createdAt, "moment"),
        })}
      </span>
    </>
  );
}
