import Link from "next/link";
import type { VerdictOnChangedEvidence } from "@/lib/evidence/changed-verdicts";
import { flagLabels } from "@/lib/evidence/snapshot-words";
import type { DiffPart } from "@/lib/text/word-diff";
import { boardHref, defaultBoardFilter } from "@/lib/claims/board-query";
import { verdictLabels } from "@/lib/verdicts/labels";

const changedBoard = boardHref({ ...defaultBoardFilter, evidenceChanged: true });

/**
 * For editors: the verdicts that rest on a source whose page is gone or no
 * longer has its quote, each with the quote's paragraph before and after.
 */
export function ChangedEvidence({ items }: { items: VerdictOnChangedEvidence[] }) {
  return (
    <section aria-labelledby="changed-evidence-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="changed-evidence-heading" className="text-lg font-semibold">
          Verdicts resting on changed evidence
        </h2>
        <Link href={changedBoard} className="text-sm text-accent underline">
          Every claim with changed evidence
        </Link>
      </div>
      {items.length === 0 ? (
        <p className="rounded-md border border-dashed border-line bg-white p-4 text-muted">
          No verdict rests on a source whose page is gone or whose quote left it.
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {items.map((item) => (
            <li
              key={item.evidenceId}
              className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4"
            >
              <p className="font-medium wrap-anywhere">
                <Link href={`/claims/${item.claimId}`} className="hover:underline">
                  {item.statement}
                </Link>
              </p>
              <p className="text-sm text-muted">
                Verdict: {verdictLabels[item.verdict]} · source{" "}
                <Link href={`/evidence/${item.evidenceId}`} className="text-accent underline">
                  <bdi>{item.title}</bdi>
                </Link>
                : {flagLabels[item.flag]}
              </p>
              {item.change && <QuoteParagraphDiff change={item.change} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function QuoteParagraphDiff({
  change,
}: {
  change: NonNullable<VerdictOnChangedEvidence["change"]>;
}) {
  return (
    <div className="grid gap-2 text-sm md:grid-cols-2">
      <div className="flex flex-col gap-1">
        <p className="text-xs font-medium text-muted">When the quote was found</p>
        <p dir="auto" className="border-s-4 border-line ps-3 font-reading">
          {change.before}
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <p className="text-xs font-medium text-muted">The page now</p>
        {change.diff ? (
          <p dir="auto" className="border-s-4 border-amber-300 ps-3 font-reading">
            <DiffWords parts={change.diff} />
          </p>
        ) : (
          <p className="text-muted">The page no longer has this paragraph.</p>
        )}
      </div>
    </div>
  );
}

/** Removed words struck through, added ones underlined: del and ins, which screen readers name. */
function DiffWords({ parts }: { parts: DiffPart[] }) {
  return parts.map((part, index) => {
    const text = `${index > 0 ? " " : ""}${part.text}`;
    if (part.change === "removed") {
      return (
        <del key={index} className="bg-rose-50 text-rose-900">
          {text}
        </del>
      );
    }
    if (part.change === "added") {
      return (
        <ins key={index} className="bg-emerald-50 text-emerald-900">
          {text}
        </ins>
      );
    }
    return <span key={index}>{text}</span>;
  });
}
