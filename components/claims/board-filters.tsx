"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { claimStatusOrder, claimStatusStyle } from "@/components/claims/status-badge";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { verdictLabels } from "@/lib/verdicts/labels";
import {
  boardParamNames as param,
  boardSortLabels,
  boardSorts,
  defaultBoardFilter,
  type BoardFilter,
} from "@/lib/claims/board-params";

const verdictKind = Object.keys(verdictLabels) as Array<keyof typeof verdictLabels>;

/**
 * The board's filters: a plain GET form, so without JavaScript it still
 * filters (Search submits it). With JavaScript, choosing a report, status,
 * verdict, entity, reviewer, sort or checkbox applies at once, and a date once it is complete;
 * the search applies on Enter or Search, not on every keystroke, so the
 * history gets one entry per search. Every change is a navigation to a new
 * URL: links can be shared and the Back button restores earlier filters,
 * which is why the fields follow the URL rather than their own state.
 */

type Values = {
  q: string;
  reportId: string;
  status: string;
  verdict: string;
  entityId: string;
  reviewerId: string;
  needsMyRating: boolean;
  hasContradictions: boolean;
  from: string;
  to: string;
  sort: string;
};

function valuesOf(filter: BoardFilter): Values {
  return {
    q: filter.q,
    reportId: filter.reportId ? String(filter.reportId) : "",
    status: filter.status ?? "",
    verdict: filter.verdict ?? "",
    entityId: filter.entityId ? String(filter.entityId) : "",
    reviewerId: filter.reviewerId ?? "",
    needsMyRating: filter.needsMyRating,
    hasContradictions: filter.hasContradictions,
    from: filter.from ?? "",
    to: filter.to ?? "",
    sort: filter.sort,
  };
}

/** The URL for these values: empty fields and the default sort are left out, and paging starts over. */
function hrefOf(values: Values): string {
  const params = new URLSearchParams();
  const text = (name: string, value: string) => {
    if (value.trim()) params.set(name, value.trim());
  };
  text(param.q, values.q);
  text(param.reportId, values.reportId);
  text(param.status, values.status);
  text(param.verdict, values.verdict);
  text(param.entityId, values.entityId);
  text(param.reviewerId, values.reviewerId);
  if (values.needsMyRating) params.set(param.needsMyRating, "1");
  if (values.hasContradictions) params.set(param.hasContradictions, "1");
  text(param.from, values.from);
  text(param.to, values.to);
  if (values.sort !== defaultBoardFilter.sort) params.set(param.sort, values.sort);
  const query = params.toString();
  return query ? `/claims?${query}` : "/claims";
}

// A date input reports partial years while one is typed ("0002", "0020", …).
const isCompleteDate = (value: string) =>
  value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && value >= "1000");
const DATE_SETTLE_MS = 600;

export function BoardFilters({
  filter,
  reports,
  entities,
  reviewers,
}: {
  filter: BoardFilter;
  reports: Array<{ id: number; title: string }>;
  entities: Array<{ id: number; name: string; kind: string }>;
  reviewers: Array<{ id: string; name: string }>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const fromUrl = valuesOf(filter);
  const urlKey = hrefOf(fromUrl);
  const [values, setValues] = useState(fromUrl);
  // Back, Forward or a shared link changed the URL: the fields follow it.
  // (A live refresh keeps the URL, so what is being typed stays.)
  const [syncedKey, setSyncedKey] = useState(urlKey);
  if (syncedKey !== urlKey) {
    setSyncedKey(urlKey);
    setValues(fromUrl);
  }

  const dateTimer = useRef<number | undefined>(undefined);
  useEffect(() => {
    const timer = dateTimer;
    return () => window.clearTimeout(timer.current);
  }, []);

  function apply(next: Values) {
    window.clearTimeout(dateTimer.current);
    const href = hrefOf(next);
    if (href === urlKey) return;
    startTransition(() => router.push(href, { scroll: false }));
  }

  function change<K extends keyof Values>(name: K, value: Values[K], applyNow: boolean) {
    const next = { ...values, [name]: value };
    setValues(next);
    if (applyNow) apply(next);
    return next;
  }

  function changeDate(name: "from" | "to", value: string) {
    const next = change(name, value, false);
    window.clearTimeout(dateTimer.current);
    if (isCompleteDate(value)) {
      dateTimer.current = window.setTimeout(() => apply(next), DATE_SETTLE_MS);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply(values);
  }

  const selectClass = `${controlClass} w-full`;
  return (
    <form
      role="search"
      aria-label="Filter claims"
      aria-busy={pending || undefined}
      method="get"
      action="/claims"
      onSubmit={onSubmit}
      className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div className="flex flex-col gap-1 sm:col-span-2 lg:col-span-4">
        <label htmlFor="board-search" className="text-sm font-medium">
          Search claims
        </label>
        <div className="flex gap-2">
          <input
            id="board-search"
            type="search"
            name={param.q}
            dir="auto"
            value={values.q}
            onChange={(event) => change("q", event.target.value, false)}
            aria-describedby="board-search-hint"
            className={`${controlClass} min-w-0 flex-1`}
          />
          <Button type="submit">Search</Button>
        </div>
        <p id="board-search-hint" className="text-sm text-muted">
          Finds every word, in English statements, Arabic quotes and attributions, however the
          hamza, diacritics or digits are written.
          <span aria-hidden="true">{pending ? " Updating…" : ""}</span>
        </p>
      </div>

      <Field label="Report">
        {(control) => (
          <select
            {...control}
            name={param.reportId}
            value={values.reportId}
            onChange={(event) => change("reportId", event.target.value, true)}
            className={selectClass}
          >
            <option value="">Any report</option>
            {reports.map((report) => (
              <option key={report.id} value={report.id}>
                {report.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Status">
        {(control) => (
          <select
            {...control}
            name={param.status}
            value={values.status}
            onChange={(event) => change("status", event.target.value, true)}
            className={selectClass}
          >
            <option value="">Any status</option>
            {claimStatusOrder.map((status) => (
              <option key={status} value={status}>
                {claimStatusStyle[status].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Entity">
        {(control) => (
          <select
            {...control}
            name={param.entityId}
            value={values.entityId}
            onChange={(event) => change("entityId", event.target.value, true)}
            className={selectClass}
          >
            <option value="">Any entity</option>
            {entities.map((entity) => (
              <option key={entity.id} value={entity.id}>
                {entity.name} ({entity.kind})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Rated by">
        {(control) => (
          <select
            {...control}
            name={param.reviewerId}
            value={values.reviewerId}
            onChange={(event) => change("reviewerId", event.target.value, true)}
            className={selectClass}
          >
            <option value="">Anyone or no one</option>
            {reviewers.map((reviewer) => (
              <option key={reviewer.id} value={reviewer.id}>
                {reviewer.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Sort by">
        {(control) => (
          <select
            {...control}
            name={param.sort}
            value={values.sort}
            onChange={(event) => change("sort", event.target.value, true)}
            className={selectClass}
          >
            {boardSorts.map((sort) => (
              <option key={sort} value={sort}>
                {boardSortLabels[sort]}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field label="Event from">
        {(control) => (
          <input
            {...control}
            type="date"
            name={param.from}
            value={values.from}
            max={values.to || undefined}
            onChange={(event) => changeDate("from", event.target.value)}
            className={selectClass}
          />
        )}
      </Field>
      <Field label="Event to">
        {(control) => (
          <input
            {...control}
            type="date"
            name={param.to}
            value={values.to}
            min={values.from || undefined}
            onChange={(event) => changeDate("to", event.target.value)}
            className={selectClass}
          />
        )}
      </Field>
      <Field label="Verdict">
        {(control) => (
          <select
            {...control}
            name={param.verdict}
            value={values.verdict}
            onChange={(event) => change("verdict", event.target.value, true)}
            className={selectClass}
          >
            <option value="">Any, or none yet</option>
            <option value="none">No verdict yet</option>
            {verdictKind.map((verdict) => (
              <option key={verdict} value={verdict}>
                {verdictLabels[verdict]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="flex flex-col justify-end gap-2">
        <legend className="sr-only">Only claims that</legend>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name={param.needsMyRating}
            value="1"
            checked={values.needsMyRating}
            onChange={(event) => change("needsMyRating", event.target.checked, true)}
            className="size-4"
          />
          Needs my rating
        </label>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name={param.hasContradictions}
            value="1"
            checked={values.hasContradictions}
            onChange={(event) => change("hasContradictions", event.target.checked, true)}
            className="size-4"
          />
          Has contradictions
        </label>
      </fieldset>

      {urlKey !== "/claims" && (
        <p className="text-sm sm:col-span-2 lg:col-span-4">
          <Link href="/claims" className="text-accent underline">
            Clear filters and search
          </Link>
        </p>
      )}
    </form>
  );
}
