import { useTranslations } from "@/lib/i18n/use-translations";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import type { ExportChoices } from "@/lib/export/choices";
import {
  computedStatuses,
  defaultExportStatuses,
  verdictStatuses,
  type ExportStatus,
} from "@/lib/export/selection";

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
  const t = useTranslations("export.form");
  const vocab = useTranslations("vocab");
  return (
    <form
      method="get"
      action="/export"
      aria-label={t("label")}
      className="grid grid-cols-1 gap-4 rounded-lg border border-line bg-white p-4 md:grid-cols-2"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="export-report" className="text-sm font-medium">
          {t("report")}
        </label>
        <select
          id="export-report"
          name="report"
          defaultValue={values.report}
          className={controlClass}
          {...invalid("report")}
        >
          <option value="">{t("anyReport")}</option>
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
          {t("entity")}
        </label>
        <select
          id="export-entity"
          name="entity"
          defaultValue={values.entity}
          className={controlClass}
          {...invalid("entity")}
        >
          <option value="">{t("anyEntity")}</option>
          {choices.entities.map((entity) => (
            <option key={entity.id} value={entity.id}>
              {t("entityOption", { name: entity.name, kind: entity.kind })}
            </option>
          ))}
        </select>
        <ErrorText id="export-entity-error" messages={errors.entity} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="export-from" className="text-sm font-medium">
          {t("from")}
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
          {t("to")}
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
      <p className="text-sm text-muted md:col-span-2">{t("rangeHint")}</p>

      <fieldset
        className="flex flex-col gap-3 md:col-span-2"
        aria-describedby={errors.status?.length ? "export-status-error" : "export-status-hint"}
      >
        <legend className="text-sm font-medium">{t("which")}</legend>
        <p id="export-status-hint" className="text-sm text-muted">
          {t("whichHint")}
        </p>
        {/* an empty value, so unticking every box asks for nothing rather than the default */}
        <input type="hidden" name="status" value="" />
        <div className="grid gap-3 sm:grid-cols-3">
          <div className="flex flex-col gap-1">
            <p className="text-sm font-medium">{t("withVerdict")}</p>
            {verdictStatuses.map((verdict) => (
              <StatusBox
                key={verdict}
                value={verdict}
                label={vocab(`verdict.${verdict}`)}
                checked={checked(verdict)}
              />
            ))}
          </div>
          <div className="flex flex-col gap-1">
            <p className="text-sm font-medium">{t("byStatus")}</p>
            {computedStatuses.map((status) => (
              <StatusBox
                key={status}
                value={status}
                label={vocab(`status.${status}`)}
                checked={checked(status)}
              />
            ))}
          </div>
          <div className="flex flex-col gap-1">
            <p className="text-sm font-medium">{t("everything")}</p>
            <StatusBox value="all" label={t("allClaims")} checked={checked("all")} />
          </div>
        </div>
        <ErrorText id="export-status-error" messages={errors.status} />
      </fieldset>

      <div className="md:col-span-2">
        <Button type="submit">{t("preview")}</Button>
      </div>
    </form>
  );
}
