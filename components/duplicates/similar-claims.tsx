"use client";

import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useEffect, useState } from "react";
import { StatusBadge } from "@/components/claims/status-badge";
import { SubmitButton } from "@/components/ui/submit-button";
import type { SimilarClaimAnswer } from "@/lib/duplicates/answer";
import { MarkedText, shortenRuns } from "./marked-text";

type Lookup =
  | { state: "idle" }
  | { state: "looking" }
  | { state: "done"; claims: SimilarClaimAnswer[] }
  | { state: "failed"; reason: "signedOut" | "failed" };

/** Long enough to let a word be finished, short enough to answer while the reviewer pauses. */
const TYPING_PAUSE_MS = 350;
/** What is sent of a long quote: the passage's start decides what it is about. */
const QUOTE_SENT = 1200;
const MIN_TYPED = 8;

/**
 * Claims already on the desk that look like the one being written, updated
 * as its statement and quote change: asked of /api/claims/search's sibling
 * /api/claims/similar after a pause in typing, and a question overtaken by
 * more typing is cancelled, so an old answer never replaces a newer one.
 * Each offers to save the new card linked as the same claim (a submit button
 * of the surrounding form) or to open the old card in a new tab; saving
 * without a link stays the form's own button.
 */
export function SimilarClaims({
  statement,
  quote,
  pending,
}: {
  statement: string;
  quote: string;
  pending: boolean;
}) {
  const t = useTranslations("similarClaims");
  const format = useFormatter();
  const [answer, setLookup] = useState<Lookup>({ state: "idle" });
  const typedEnough = statement.trim().length + quote.trim().length >= MIN_TYPED;
  const lookup: Lookup = typedEnough ? answer : { state: "idle" };

  useEffect(() => {
    const typed = { statement: statement.trim(), quote: quote.trim().slice(0, QUOTE_SENT) };
    if (typed.statement.length + typed.quote.length < MIN_TYPED) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLookup({ state: "looking" });
      try {
        const response = await fetch(`/api/claims/similar?${new URLSearchParams(typed)}`, {
          signal: controller.signal,
          headers: { accept: "application/json" },
        });
        if (response.status === 401) {
          setLookup({ state: "failed", reason: "signedOut" });
          return;
        }
        if (!response.ok) throw new Error(`similar claims answered ${response.status}`);
        setLookup({ state: "done", claims: (await response.json()) as SimilarClaimAnswer[] });
      } catch (error) {
        if (controller.signal.aborted) return;
        console.error(error);
        setLookup({ state: "failed", reason: "failed" });
      }
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [statement, quote]);

  const claims = lookup.state === "done" ? lookup.claims : [];
  return (
    <section
      aria-labelledby="similar-claims-heading"
      className="flex flex-col gap-2 rounded-md border border-line bg-paper p-3"
    >
      <h3 id="similar-claims-heading" className="text-sm font-semibold">
        {t("heading")}
      </h3>
      <p role="status" className="text-sm text-muted">
        {lookup.state === "idle" && t("idle")}
        {lookup.state === "looking" && t("looking")}
        {lookup.state === "failed" && t(lookup.reason)}
        {lookup.state === "done" && t("found", { count: claims.length })}
      </p>
      {claims.length > 0 && (
        <ul aria-label={t("listLabel")} className="flex flex-col gap-2">
          {claims.map((claim) => (
            <li
              key={claim.id}
              className="flex flex-col gap-1.5 rounded-md border border-line bg-white p-2 text-sm"
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="text-xs text-muted">
                  {t.rich("from", {
                    id: claim.id,
                    title: () => <bdi>{claim.report.title}</bdi>,
                  })}
                </p>
                <StatusBadge status={claim.status} />
              </div>
              <p dir="auto" className="wrap-anywhere">
                <MarkedText runs={claim.statementMarks} />
              </p>
              <p dir="auto" lang={claim.quoteLanguage} className="font-reading text-muted">
                <MarkedText runs={shortenRuns(claim.quoteMarks, 220)} />
              </p>
              {claim.sharedValues.length > 0 && (
                <p className="text-xs">
                  {t("bothGive", { values: format.list(claim.sharedValues, { type: "unit" }) })}
                </p>
              )}
              {claim.conflict && (
                <p className="text-xs text-danger">
                  {t.rich("conflict", {
                    theirs: () => <bdi>{claim.conflict!.values[1]}</bdi>,
                    ours: () => <bdi>{claim.conflict!.values[0]}</bdi>,
                  })}
                </p>
              )}
              <div className="flex flex-wrap items-center gap-3">
                <SubmitButton
                  pending={pending}
                  name="sameAsClaimId"
                  value={claim.id}
                  size="sm"
                  variant="secondary"
                >
                  {t("saveAsSame", { id: claim.id })}
                </SubmitButton>
                <a
                  href={`/claims/${claim.id}`}
                  target="_blank"
                  rel="noopener"
                  className="text-accent underline"
                >
                  {t.rich("open", {
                    id: claim.id,
                    hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                  })}
                </a>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
