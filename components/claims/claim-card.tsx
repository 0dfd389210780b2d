"use client";

// A client component although it has no state: the board sends each card as
// its data (a few hundred bytes) rather than as a rendered element tree
// (about 2.5 kB of class names and nesting per card), which the server would
// otherwise serialise, parse back for the HTML and inline into the page
// again. At 24 cards that is most of the board's render time (issue 7).
import Link from "next/link";
import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { ContradictedNote } from "@/components/claims/contradicted-note";
import { EvidenceChangedNote } from "@/components/claims/evidence-changed-note";
import { ClaimStateBadge } from "@/components/claims/status-badge";
import type { BoardConsensus, ClaimBoardCard } from "@/lib/claims/board";
import { CLAIM_FIELD_PREFIX } from "@/lib/assignments/form-names";
import { dueState, initialsOf } from "@/lib/assignments/due";
import { gradeMeaning, gradeWording, type GradeWords } from "@/lib/review/grades";
import { textDirection } from "@/lib/text/arabic";
import type { DatePrecision } from "@/lib/text/event-date";

const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);
/** An event date to the precision it is known: "12 Apr 2025", "Apr 2025", "2025". */
const eventDateFormat = {
  day: { day: "numeric", month: "short", year: "numeric" },
  month: { month: "short", year: "numeric" },
  year: { year: "numeric" },
} as const satisfies Record<DatePrecision, object>;

/**
 * One claim on the board: the headline links to the claim's page, the quote
 * keeps its language and direction (Arabic reads right to left), and the
 * figures a reviewer scans for are laid out as a description list so screen
 * readers announce each with its name.
 */
export function ClaimCard({
  card,
  selectFor,
  today,
}: {
  card: ClaimBoardCard;
  /** the bulk-assign form's id, when the viewer may assign: the card offers a checkbox for it */
  selectFor?: string;
  /** today (UTC), to flag an overdue due date */
  today: string;
}) {
  const t = useTranslations("board.card");
  const format = useFormatter();
  const headingId = `claim-${card.id}-statement`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex h-full flex-col gap-3 rounded-lg border border-line bg-white p-4"
    >
      <div className="flex items-start justify-between gap-3">
        <h2 id={headingId} className="min-w-0 font-medium wrap-anywhere">
          <Link
            href={`/claims/${card.id}`}
            lang={card.statementLanguage}
            dir="auto"
            className="hover:underline"
          >
            {card.statement}
          </Link>
        </h2>
        <ClaimStateBadge status={card.status} verdict={card.verdict} />
      </div>

      {card.contradicted && <ContradictedNote />}
      {card.evidenceChanged && <EvidenceChangedNote />}

      {selectFor && (
        <label className="flex items-center gap-2 text-xs text-muted">
          <input
            type="checkbox"
            form={selectFor}
            name={`${CLAIM_FIELD_PREFIX}${card.id}`}
            value="1"
            aria-describedby={headingId}
            className="size-4"
          />
          {t("selectForAssigning")}
        </label>
      )}

      <blockquote
        lang={card.quoteLanguage}
        dir={textDirection(card.quote)}
        className="line-clamp-3 border-s-2 border-line ps-3 text-sm text-muted"
      >
        {card.quoteTruncated ? `${card.quote}…` : card.quote}
      </blockquote>

      <p className="text-xs text-muted">
        <span className="sr-only">{t("report")}</span>
        <Link href={`/reports/${card.report.id}`} dir="auto" className="hover:underline">
          {card.report.title}
        </Link>
        {card.eventDate &&
          t("event", {
            date: format.dateTime(
              utcDay(card.eventDate),
              eventDateFormat[(card.eventDatePrecision ?? "day") as DatePrecision],
            ),
          })}
      </p>

      {(card.assignees.length > 0 || card.dueOn) && <Holders card={card} today={today} />}

      <dl className="mt-auto grid grid-cols-3 gap-2 border-t border-line pt-3 text-sm">
        <div>
          <dt className="text-xs text-muted">{t("ratings")}</dt>
          <dd className="font-medium tabular-nums">{format.number(card.ratingCount)}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted">{t("consensus")}</dt>
          <dd className="font-medium">
            <ConsensusGrade consensus={card.consensus} />
          </dd>
        </div>
        <div>
          <dt className="text-xs text-muted">{t("evidence")}</dt>
          <dd className="font-medium tabular-nums">{format.number(card.evidenceCount)}</dd>
        </div>
      </dl>
    </article>
  );
}

/** Who holds the card, by initials (names for screen readers and on hover), and its due date. */
function Holders({ card, today }: { card: ClaimBoardCard; today: string }) {
  const t = useTranslations("board.card");
  const format = useFormatter();
  const overdue = card.dueOn !== null && dueState(card.dueOn, today) === "overdue";
  return (
    <p className="flex flex-wrap items-center gap-2 text-xs">
      <span className="text-muted">{t("assigned")}</span>
      {card.assignees.map((name) => (
        <span
          key={name}
          title={name}
          dir="auto"
          className="inline-flex size-6 items-center justify-center rounded-full bg-accent/10 font-medium text-accent"
        >
          <span aria-hidden="true">{initialsOf(name)}</span>
          <span className="sr-only">{name}</span>
        </span>
      ))}
      {card.dueOn && (
        <span className={overdue ? "font-medium text-danger" : "text-muted"}>
          {t(overdue ? "overdueSince" : "due", {
            date: format.dateTime(utcDay(card.dueOn), "day"),
          })}
        </span>
      )}
    </p>
  );
}

function ConsensusGrade({ consensus }: { consensus: BoardConsensus }) {
  const t = useTranslations("board.card");
  const grades = useTranslations("review.grades") as unknown as GradeWords;
  if (consensus.state === "none") return <span className="text-muted">{t("noneYet")}</span>;
  if (consensus.state === "hidden") {
    return <span className="text-xs font-normal text-muted">{t("hiddenUntilYouRate")}</span>;
  }
  // a scale nobody could judge has no median; its "cannot be judged" grade says so
  const reliability = consensus.reliability ?? "F";
  const credibility = consensus.credibility ?? 6;
  return (
    <abbr title={gradeWording(grades, reliability, credibility)} className="no-underline">
      {reliability}
      {credibility}
      <span className="sr-only">
        {grades("meaningAfterGrade", {
          meaning: gradeMeaning(grades, reliability, credibility),
        })}
      </span>
    </abbr>
  );
}
