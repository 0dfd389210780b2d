"use client";

import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useEffect, useRef, useState } from "react";
import { useOpenClaimDraft } from "@/components/claims/claim-draft";
import { StatusBadge } from "@/components/claims/status-badge";
import { Button } from "@/components/ui/button";
import type { ClaimStatus } from "@/db/schema";
import { directionOf, languageOfLocale } from "@/lib/i18n/languages";
import type { ReadingParagraph } from "@/lib/reports/reading";
import { readSelection, type ReaderSelection } from "./reader-selection";

export type HighlightedClaim = {
  id: number;
  statement: string;
  /** the statement's language, when known ("ar", "en") */
  statementLanguage?: string;
  status: ClaimStatus;
  /** set for a claim of another report that a sentence here repeats: that report's title */
  otherReport?: string;
};

/**
 * A report's full text, each paragraph in its own direction, with every
 * claim's quote highlighted as a link to its card (hover or focus shows the
 * card's status), and each sentence that repeats a claim of another report
 * marked apart (dashed) as a link to that claim. Selecting a passage offers "Make claim"; the bar under the
 * text says what to do and why a selection cannot be used.
 */
export function ReportReader({
  paragraphs,
  claims,
  language,
}: {
  paragraphs: ReadingParagraph[];
  claims: Record<number, HighlightedClaim>;
  language: string;
}) {
  const t = useTranslations("reports.reader");
  // the tooltips speak the interface's language, inside paragraphs that keep the report's
  const interfaceLanguage = languageOfLocale(useLocale());
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  const openDraft = useOpenClaimDraft();

  useEffect(() => {
    const onSelectionChange = () => {
      if (textRef.current) setSelection(readSelection(textRef.current, paragraphs));
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [paragraphs]);

  const highlighted = new Set<number>();
  return (
    <div className="flex flex-col">
      <div
        ref={textRef}
        className="flex flex-col gap-4 rounded-t-lg border border-line bg-white p-5 font-reading text-lg leading-loose sm:p-8"
      >
        {paragraphs.map((paragraph, index) => (
          <p
            key={paragraph.start}
            dir={paragraph.direction}
            // an Arabic report quotes English sources and the other way round: per paragraph
            lang={paragraph.direction === "rtl" ? "ar" : language === "ar" ? undefined : language}
            data-paragraph={index}
          >
            {paragraph.runs.map((run) => {
              if (run.claimIds.length === 0) return run.text;
              const [first] = run.claimIds as [number, ...number[]];
              const isFirstRun = !highlighted.has(first);
              highlighted.add(first);
              const tooltipId = `quote-${run.start}`;
              const repeat = claims[first]!.otherReport !== undefined;
              return (
                <a
                  key={run.start}
                  id={isFirstRun && !repeat ? `claim-${first}` : undefined}
                  href={`/claims/${first}`}
                  draggable={false}
                  aria-describedby={tooltipId}
                  className={
                    repeat
                      ? "group relative scroll-mt-24 rounded-sm border-b-2 border-dashed border-sky-600 bg-sky-50 underline-offset-4 hover:underline focus-visible:underline"
                      : "group relative scroll-mt-24 rounded-sm bg-amber-100 underline decoration-amber-500 decoration-1 underline-offset-4 hover:decoration-2 focus-visible:decoration-2 data-[overlap=true]:bg-amber-200"
                  }
                  data-overlap={run.claimIds.length > 1}
                  data-repeat={repeat || undefined}
                >
                  {run.text}
                  <span
                    role="tooltip"
                    id={tooltipId}
                    data-reader-skip
                    dir={directionOf(interfaceLanguage)}
                    lang={interfaceLanguage}
                    className="pointer-events-none absolute start-0 top-full z-20 mt-1 hidden w-max max-w-[min(22rem,80vw)] flex-col gap-1 rounded-md border border-line bg-white p-2 font-sans text-sm leading-snug text-ink shadow-lg select-none group-hover:flex group-focus:flex"
                  >
                    {run.claimIds.map((id) => (
                      <span key={id} className="flex items-start gap-2 text-start">
                        <StatusBadge status={claims[id]!.status} />
                        <span>
                          {t.rich(
                            claims[id]!.otherReport === undefined
                              ? "claimTooltip"
                              : "repeatTooltip",
                            {
                              id: String(id),
                              report: claims[id]!.otherReport ?? "",
                              statement: claims[id]!.statement,
                              bdi: (chunks) => <bdi>{chunks}</bdi>,
                              data: (chunks) => (
                                <bdi lang={claims[id]!.statementLanguage} dir="auto">
                                  {chunks}
                                </bdi>
                              ),
                            },
                          )}
                        </span>
                      </span>
                    ))}
                  </span>
                </a>
              );
            })}
          </p>
        ))}
      </div>
      <div
        role="region"
        aria-label={t("region")}
        className="sticky bottom-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded-b-lg border border-t-0 border-line bg-paper/95 px-3 py-2 backdrop-blur sm:gap-3 sm:px-4 sm:py-3"
      >
        <p role="status" className="min-w-48 flex-1 text-sm">
          {selection?.kind === "spans-paragraphs" ? (
            <span className="text-danger">{t("spansParagraphs")}</span>
          ) : selection?.kind === "passage" ? (
            <>
              {t("selected")}{" "}
              <q lang={language} dir="auto" className="font-reading">
                {selection.quote.length > 90 ? `${selection.quote.slice(0, 90)}…` : selection.quote}
              </q>
            </>
          ) : (
            t("selectToMake")
          )}
        </p>
        <div className="flex gap-2">
          <Button
            type="button"
            disabled={selection?.kind !== "passage"}
            // keep the selection: clicking the button must not clear what it acts on
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (selection?.kind === "passage") openDraft(selection);
            }}
          >
            {t("makeClaim")}
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => openDraft({ quote: "", start: null, end: null })}
          >
            {t("pasteQuote")}
          </Button>
        </div>
      </div>
    </div>
  );
}
