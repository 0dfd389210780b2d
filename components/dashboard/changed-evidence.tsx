import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { VerdictOnChangedEvidence } from "@/lib/evidence/changed-verdicts";
import type { DiffPart } from "@/lib/text/word-diff";
import { boardHref, defaultBoardFilter } from "@/lib/claims/board-query";

const changedBoard = boardHref({ ...defaultBoardFilter, evidenceChanged: true });

/**
 * For editors: the verdicts that rest on a source whose page is gone or no
 * longer has its quote, each with the quote's paragraph before and after.
 */
export function ChangedEvidence({ items }: { items: VerdictOnChangedEvidence[] }) {
  const t = useTranslations("dashboard.changed");
  const vocab = useTranslations("vocab");
  return (
    <section aria-labelledby="changed-evidence-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="changed-evidence-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <Link href={changedBoard} className="text-sm text-accent underline">
          {t("boardLink")}
        </Link>
      </div>
      {items.length === 0 ? (
        <p className="rounded-md border border-dashed border-line bg-white p-4 text-muted">
          {t("none")}
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {items.map((item) => (
            <li
              key={item.evidenceId}
              className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4"
            >
              <p className="font-medium wrap-anywhere">
                <Link href={`/claims/${item.claimId}`} className="hover:underline" dir="auto">
                  {item.statement}
                </Link>
              </p>
              <p className="text-sm text-muted">
                {t.rich("line", {
                  verdict: vocab(`verdict.${item.verdict}`),
                  flag: t(`flag.${item.flag}`),
                  source: () => (
                    <Link href={`/evidence/${item.evidenceId}`} className="text-accent underline">
                      <bdi>{item.title}</bdi>
                    </Link>
                  ),
                })}
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
  const t = useTranslations("dashboard.changed");
  return (
    <div className="grid gap-2 text-sm md:grid-cols-2">
      <div className="flex flex-col gap-1">
        <p className="text-xs font-medium text-muted">{t("whenFound")}</p>
        <p dir="auto" className="border-s-4 border-line ps-3 font-reading">
          {change.before}
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <p className="text-xs font-medium text-muted">{t("pageNow")}</p>
        {change.diff ? (
          <p dir="auto" className="border-s-4 border-amber-300 ps-3 font-reading">
            <DiffWords parts={change.diff} />
          </p>
        ) : (
          <p className="text-muted">{t("paragraphGone")}</p>
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
