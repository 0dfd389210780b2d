import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import type { ExportChoices } from "@/lib/export/choices";
import {
  computedStatuses,
  defaultExportStatuses,
  verdictStatuses,
  type ExportStatus,
} from "@/lib/export/selection";
import { verdictLabels } from "@/lib/verdicts/labels";

/**
 * The export's selection: a plain GET form to /export, so the selection
 * lives in the URL (shareable, and the downloads and printable page take
 * the same parameters) and works without JavaScript. Values shown are what
 * the URL asked for, even when part of it was refused, so a mistake can be
 * corrected rather than retyped.
 */

export type SelectionFormValues = {
  report: string;
  entity: string;
  from: string;
  to: string;
  /** checked boxes: verdicts, computed statuses, or "all" */
  statuses: string[];
};

/** The form's fields as the URL gave them (the first of a repeated name). */
export function formValuesFrom(
  searchParams: Record<string, string | string[] | undefined>,
): SelectionFormValues {
  const all = (name: string) => {
    const value = searchParams[name];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const first = (name: string) => all(name)[0] ?? "";
  const statuses = all("status")
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
  return {
    report: first("report"),
    entity: first("entity"),
    from: first("from"),
    to: first("to"),
    statuses: searchParams.status === undefined ? [...defaultExportStatuses] : statuses,
  };
}

const computedLabels: Record<(typeof computedStatuses)[number], string> = {
  unreviewed: "Unreviewed",
  in_review: "In review",
  well_sourced: "Well sourced",
  weakly_sourced: "Weakly sourced",
  disputed: "Disputed",
  mixed: "Mixed",
};

function ErrorText({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-danger">
      {messages.join(" ")}
    </p>
  );
}

function StatusBox({ value, label, checked }: { value: string; label: string; checked: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name="status" value={value} defaultChecked={checked} />
      {label}
    </label>
  );
}

export function ExportSelectionForm({
  values,
  choices,
  errors,
}: {
  values: SelectionFormValues;
  choices: ExportChoices;
  errors: Partial<Record<"report" | "entity" | "from" | "to" | "status", string[]>>;
}) {
  const invalid = (field: keyof typeof errors) =>
    errors[field]?.length
      ? { "aria-invalid": true as const, "aria-describedby": `export-${field}-error` }
      : {};
  const checked = (status: ExportStatus | "all") => values.statuses.includes(status);
  return (
    <form
      method="get"
      action="/export"
      aria-label="Export selection"
      className="grid grid-cols-1 gap-4 rounded-lg border border-line bg-white p-4 md:grid-cols-2"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="export-report" className="text-sm font-medium">
          Report
        </label>
        <select
          id="export-report"
          name="report"
          defaultValue={values.report}
          className={controlClass}
          {...invalid("report")}
        >
          <option value="">Any report</option>
          {choices.reports.map((report) => (
            <option key={report.id} value={report.id}>
              {report.title}
            </option>
          ))}
        </select>
        <ErrorText id="export-report-error" messages={errors.report} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="export-entity" className="text-sm font-medium">
          Entity
        </label>
        <select
          id="export-entity"
          name="entity"
          defaultValue={values.entity}
          className={controlClass}
          {...invalid("entity")}
        >
          <option value="">Any entity</option>
          {choices.entities.map((entity) => (
            <option key={entity.id} value={entity.id}>
              {entity.name} ({entity.kind})
            </option>
          ))}
        </select>
        <ErrorText id="export-entity-error" messages={errors.entity} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="export-from" className="text-sm font-medium">
          Events from
        </label>
        <input
          id="export-from"
          type="date"
          name="from"
          defaultValue={values.from}
          className={controlClass}
          {...invalid("from")}
        />
        <ErrorText id="export-from-error" messages={errors.from} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="export-to" className="text-sm font-medium">
          Events to
        </label>
        <input
          id="export-to"
          type="date"
          name="to"
          defaultValue={values.to}
          className={controlClass}
          {...invalid("to")}
        />
        <ErrorText id="export-to-error" messages={errors.to} />
      </div>
      <p className="text-sm text-muted md:col-span-2">
        A claim is in the range when its event (its day, month or year) overlaps it; with a range
        set, claims without an event date are left out.
      </p>

      <fieldset
        className="flex flex-col gap-3 md:col-span-2"
        aria-describedby={errors.status?.length ? "export-status-error" : "export-status-hint"}
      >
        <legend className="text-sm font-medium">Which claims</legend>
        <p id="export-status-hint" className="text-sm text-muted">
          An editor&apos;s verdict overrides the desk&apos;s status: a claim with a verdict is
          chosen by its verdict, one without by its status.
        </p>
        {/* an empty value, so unticking every box asks for nothing rather than the default */}
        <input type="hidden" name="status" value="" />
        <div className="grid gap-3 sm:grid-cols-3">
          <div className="flex flex-col gap-1">
            <p className="text-sm font-medium">With an editor&apos;s verdict</p>
            {verdictStatuses.map((verdict) => (
              <StatusBox
                key={verdict}
                value={verdict}
                label={verdictLabels[verdict]}
                checked={checked(verdict)}
              />
            ))}
          </div>
          <div className="flex flex-col gap-1">
            <p className="text-sm font-medium">Without a verdict, by status</p>
            {computedStatuses.map((status) => (
              <StatusBox
                key={status}
                value={status}
                label={computedLabels[status]}
                checked={checked(status)}
              />
            ))}
          </div>
          <div className="flex flex-col gap-1">
            <p className="text-sm font-medium">Everything</p>
            <StatusBox value="all" label="All claims" checked={checked("all")} />
          </div>
        </div>
        <ErrorText id="export-status-error" messages={errors.status} />
      </fieldset>

      <div className="md:col-span-2">
        <Button type="submit">Preview</Button>
      </div>
    </form>
  );
}
