"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { claimStatusOrder } from "@/components/claims/status-badge";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { hrefOf, onlyFlags, valuesOf, type Values } from "./board-filter-values";
import { FilterSelect } from "./filter-select";
import { verdictKinds } from "@/db/schema/verdict-kinds";
import {
  boardParamNames as param,
  boardSorts,
  defaultBoardFilter,
  type BoardFilter,
} from "@/lib/claims/board-params";

/**
 * The board's filters: a plain GET form, so without JavaScript it still
 * filters (Search submits it). With JavaScript, choosing a report, status,
 * verdict, entity, reviewer, sort or checkbox applies at once, and a date once it is complete;
 * the search applies on Enter or Search, not on every keystroke, so the
 * history gets one entry per search. Every change is a navigation to a new
 * URL: links can be shared and the Back button restores earlier filters,
 * which is why the fields follow the URL rather than their own state.
 */

// A date input reports partial years while one is typed ("0002", "0020", …).
const isCompleteDate = (value: string) =>
  value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && value >= "1000");
const DATE_SETTLE_MS = 600;

export function BoardFilters({
  filter,
  reports,
  entities,
  sources,
  reviewers,
  assignees,
}: {
  filter: BoardFilter;
  reports: Array<{ id: number; title: string }>;
  entities: Array<{ id: number; name: string; kind: string }>;
  sources: Array<{ id: number; name: string; kind: string }>;
  reviewers: Array<{ id: string; name: string }>;
  /** the people work can be assigned to */
  assignees: Array<{ id: string; name: string }>;
}) {
  const t = useTranslations("board.filters");
  const vocab = useTranslations("vocab");
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

  const dateClass = `${controlClass} w-full`;
  const inUse = [
    fromUrl.reportId,
    fromUrl.status,
    fromUrl.verdict,
    fromUrl.entityId,
    fromUrl.sourceId,
    fromUrl.reviewerId,
    fromUrl.assignee,
    fromUrl.overdue,
    fromUrl.needsMyRating,
    fromUrl.hasContradictions,
    fromUrl.evidenceChanged,
    fromUrl.from,
    fromUrl.to,
    fromUrl.sort !== defaultBoardFilter.sort,
  ].filter(Boolean).length;
  return (
    <form
      role="search"
      aria-label={t("label")}
      aria-busy={pending || undefined}
      method="get"
      action="/claims"
      onSubmit={onSubmit}
      className="group grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div className="flex flex-col gap-1 sm:col-span-2 lg:col-span-4">
        <label htmlFor="board-search" className="text-sm font-medium">
          {t("search")}
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
          <Button type="submit">{t("submit")}</Button>
        </div>
        <p id="board-search-hint" className="text-sm text-muted">
          {t("searchHint")}
          <span aria-hidden="true">{pending ? t("updating") : ""}</span>
        </p>
      </div>

      {/* On a phone the filters fold away behind one checkbox, so the cards are not
          eleven controls down; a checkbox, not a button, so it works without JavaScript */}
      <label className="flex items-center gap-2 text-sm font-medium sm:hidden">
        <input
          id="board-more-filters"
          type="checkbox"
          defaultChecked={inUse > 0}
          className="size-4"
        />
        {t("showAll", { inUse })}
      </label>
      <div className="hidden group-has-[#board-more-filters:checked]:contents sm:contents">
        <FilterSelect
          label={t("report")}
          name={param.reportId}
          value={values.reportId}
          any={t("anyReport")}
          choices={reports.map((report) => ({ value: String(report.id), label: report.title }))}
          onChange={(value) => change("reportId", value, true)}
        />
        <FilterSelect
          label={t("status")}
          name={param.status}
          value={values.status}
          any={t("anyStatus")}
          choices={claimStatusOrder.map((status) => ({
            value: status,
            label: vocab(`status.${status}`),
          }))}
          onChange={(value) => change("status", value, true)}
        />
        <FilterSelect
          label={t("entity")}
          name={param.entityId}
          value={values.entityId}
          any={t("anyEntity")}
          choices={entities.map((entity) => ({
            value: String(entity.id),
            label: t("kindOf", { name: entity.name, kind: entity.kind }),
          }))}
          onChange={(value) => change("entityId", value, true)}
        />
        <FilterSelect
          label={t("source")}
          name={param.sourceId}
          value={values.sourceId}
          any={t("anySource")}
          choices={sources.map((source) => ({
            value: String(source.id),
            label: t("kindOf", { name: source.name, kind: source.kind }),
          }))}
          onChange={(value) => change("sourceId", value, true)}
        />
        <FilterSelect
          label={t("ratedBy")}
          name={param.reviewerId}
          value={values.reviewerId}
          any={t("anyoneOrNoOne")}
          choices={reviewers.map((reviewer) => ({ value: reviewer.id, label: reviewer.name }))}
          onChange={(value) => change("reviewerId", value, true)}
        />
        <FilterSelect
          label={t("assignedTo")}
          name={param.assignee}
          value={values.assignee}
          any={t("anyoneOrNoOne")}
          choices={[
            { value: "me", label: t("me") },
            { value: "none", label: t("nobody") },
            ...assignees.map((person) => ({ value: person.id, label: person.name })),
          ]}
          onChange={(value) => change("assignee", value, true)}
        />
        <FilterSelect
          label={t("sortBy")}
          name={param.sort}
          value={values.sort}
          choices={boardSorts.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))}
          onChange={(value) => change("sort", value, true)}
        />

        {(["from", "to"] as const).map((end) => (
          <Field key={end} label={end === "from" ? t("eventFrom") : t("eventTo")}>
            {(control) => (
              <input
                {...control}
                type="date"
                name={param[end]}
                value={values[end]}
                // a range the right way round: each end bounds the other
                min={end === "to" ? values.from || undefined : undefined}
                max={end === "from" ? values.to || undefined : undefined}
                onChange={(event) => changeDate(end, event.target.value)}
                className={dateClass}
              />
            )}
          </Field>
        ))}
        <FilterSelect
          label={t("verdict")}
          name={param.verdict}
          value={values.verdict}
          any={t("anyVerdict")}
          choices={[
            { value: "none", label: t("noVerdict") },
            ...verdictKinds.map((kind) => ({
              value: kind,
              label: vocab(`verdict.${kind}`),
            })),
          ]}
          onChange={(value) => change("verdict", value, true)}
        />
        <fieldset className="flex flex-col justify-end gap-2">
          <legend className="sr-only">{t("onlyClaimsThat")}</legend>
          {onlyFlags.map((name) => (
            <label key={name} className="flex items-center gap-2 text-sm font-medium">
              <input
                type="checkbox"
                name={param[name]}
                value="1"
                checked={values[name]}
                onChange={(event) => change(name, event.target.checked, true)}
                className="size-4"
              />
              {t(`only.${name}`)}
            </label>
          ))}
        </fieldset>
      </div>

      {urlKey !== "/claims" && (
        <p className="text-sm sm:col-span-2 lg:col-span-4">
          <Link href="/claims" className="text-accent underline">
            {t("clear")}
          </Link>
        </p>
      )}
    </form>
  );
}
