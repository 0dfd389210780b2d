"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useEffect, useId, useRef, useState } from "react";
import { addRelationAction } from "@/app/(desk)/claims/[id]/relation-actions";
import { StatusBadge } from "@/components/claims/status-badge";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import type { ClaimRelation, ClaimStatus } from "@/db/schema";

type ClaimHit = { id: number; statement: string; status: ClaimStatus };
type Search =
  | { state: "idle" }
  | { state: "searching" }
  | { state: "done"; hits: ClaimHit[] }
  | { state: "failed"; reason: "signedOut" | "failed" };

/** The choices when linking a claim, phrased from the card being read (relations.kind). */
const relationKinds: Array<ClaimRelation["kind"]> = ["contradicts", "corroborates", "same_as"];

const SEARCH_DELAY_MS = 250;

/**
 * Links another claim to this one: search by its words (English statement or
 * original quote) or its number, pick it from the results, say how the two
 * relate and why. Searching asks /api/claims/search as the reviewer types.
 */
export function AddRelationForm({ claimId }: { claimId: number }) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inFlight = useRef<AbortController>(undefined);
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState<Search>({ state: "idle" });
  const [chosen, setChosen] = useState<ClaimHit | null>(null);
  const resultsId = useId();
  const t = useTranslations("relations.add");
  const kinds = useTranslations("relations.kind");

  const { state, dispatch, pending, onSubmit, form } = useKeptFormAction(addRelationAction, {
    refreshOnSuccess: true,
    resetOnSuccess: true,
    onReset: () => {
      setQuery("");
      setSearch({ state: "idle" });
      setChosen(null);
    },
  });
  const errors = state.fieldErrors;

  function onQueryChange(text: string) {
    setQuery(text);
    clearTimeout(timer.current);
    inFlight.current?.abort();
    if (text.trim() === "") {
      setSearch({ state: "idle" });
      return;
    }
    setSearch({ state: "searching" });
    timer.current = setTimeout(() => void runSearch(text.trim()), SEARCH_DELAY_MS);
  }

  async function runSearch(text: string) {
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const params = new URLSearchParams({ q: text, exclude: String(claimId) });
      const response = await fetch(`/api/claims/search?${params}`, {
        signal: controller.signal,
        headers: { accept: "application/json" },
      });
      if (response.status === 401) {
        setSearch({ state: "failed", reason: "signedOut" });
        return;
      }
      if (!response.ok) throw new Error(`search answered ${response.status}`);
      setSearch({ state: "done", hits: (await response.json()) as ClaimHit[] });
    } catch (error) {
      if (controller.signal.aborted) return;
      console.error(error);
      setSearch({ state: "failed", reason: "failed" });
    }
  }

  // what was typed before the page's scripts ran (a slow connection) is searched once they have
  useEffect(() => {
    const typed = form.current?.querySelector<HTMLInputElement>("input[type=search]")?.value;
    if (typed) onQueryChange(typed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, at hydration
  }, []);

  // the chosen claim stays on offer while the reviewer searches for something else
  const hits = search.state === "done" ? search.hits : [];
  const offered = chosen && !hits.some((hit) => hit.id === chosen.id) ? [chosen, ...hits] : hits;
  const choiceErrors = errors?.otherClaimId;

  return (
    <form
      ref={form}
      action={dispatch}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="add-relation-heading"
      className="flex flex-col gap-4 rounded-lg border border-line bg-white p-4"
    >
      <h3 id="add-relation-heading" className="font-semibold">
        {t("heading")}
      </h3>
      <input type="hidden" name="claimId" value={claimId} />
      <TextField
        label={t("find")}
        type="search"
        value={query}
        onChange={(event) => onQueryChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Enter searches as typing does; it must not submit the half-filled link
          if (event.key === "Enter") event.preventDefault();
        }}
        dir="auto"
        autoComplete="off"
        aria-controls={resultsId}
        hint={t("findHint")}
      />
      <fieldset
        id={resultsId}
        className="flex flex-col gap-2"
        aria-invalid={choiceErrors?.length ? true : undefined}
        aria-describedby={choiceErrors?.length ? `${resultsId}-error` : undefined}
      >
        <legend className="text-sm font-medium">{t("choice")}</legend>
        <p role="status" className="text-sm text-muted">
          {search.state === "searching" && t("searching")}
          {search.state === "failed" && t(search.reason)}
          {search.state === "done" && t("found", { count: hits.length })}
          {search.state === "idle" && !chosen && t("idle")}
        </p>
        {offered.length > 0 && (
          <ul className="flex flex-col gap-1">
            {offered.map((hit) => (
              <li key={hit.id}>
                <label className="flex cursor-pointer items-start gap-2 rounded-md border border-line p-2 has-checked:border-accent has-checked:bg-accent/5">
                  <input
                    type="radio"
                    name="otherClaimId"
                    value={hit.id}
                    checked={chosen?.id === hit.id}
                    onChange={() => setChosen(hit)}
                    className="mt-1"
                  />
                  <span className="flex flex-1 flex-wrap items-start justify-between gap-2">
                    <span>
                      <span className="text-muted">{t("hit", { id: hit.id })}</span>
                      <bdi>{hit.statement}</bdi>
                    </span>
                    <StatusBadge status={hit.status} />
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {choiceErrors?.length ? (
          <p id={`${resultsId}-error`} className="text-sm text-danger">
            {choiceErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <ChoiceField
        label={t("kind")}
        name="kind"
        prompt={t("kindPlaceholder")}
        choices={relationKinds.map((kind) => ({ value: kind, label: kinds(kind) }))}
        errors={errors?.kind}
      />
      <TextArea
        label={t("note")}
        name="note"
        rows={2}
        dir="auto"
        hint={t("noteHint")}
        errors={errors?.note}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("linking")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
