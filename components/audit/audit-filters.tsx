import Link from "next/link";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { controlClass, Field, type ControlProps } from "@/components/ui/field";
import { SYSTEM_ACTOR, type AuditFilterField, type AuditFilterInput } from "@/lib/audit/filters";
import { useAuditNames } from "./audit-names";

type Options = {
  people: { id: string; email: string; displayName: string }[];
  actions: string[];
  entityTypes: string[];
};

/**
 * The audit log's filters: a GET form, so a filtered view is a URL to share
 * or bookmark, and submitting starts again at the newest page.
 */
export function AuditFilters({
  input,
  options,
  errors,
}: {
  input: AuditFilterInput;
  options: Options;
  errors: Partial<Record<AuditFilterField, string[]>> | null;
}) {
  const t = useTranslations("audit.filters");
  const names = useAuditNames();
  const locale = useLocale();
  // a value typed into the URL stays selected even when no event has it (yet);
  // the choices in the order of their names, as the reader reads them
  const choices = (values: string[], nameOf: (code: string) => string, current?: string) =>
    (current && !values.includes(current) ? [current, ...values] : values)
      .map((code) => ({ code, name: nameOf(code) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));

  return (
    <form
      method="get"
      action="/admin/audit"
      aria-label={t("label")}
      // min-w-0: a menu of long addresses shrinks to its column instead of widening the page
      className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-3 [&>*]:min-w-0"
    >
      <FilterField name="actor" label={t("actor")} errors={errors?.actor}>
        {(props) => (
          <select {...props} defaultValue={input.actor ?? ""}>
            <option value="">{t("anyone")}</option>
            <option value={SYSTEM_ACTOR}>{t("system")}</option>
            {options.people.map((person) => (
              <option key={person.id} value={person.id}>
                {t("person", { email: person.email, name: person.displayName })}
              </option>
            ))}
          </select>
        )}
      </FilterField>
      <FilterField name="action" label={t("action")} errors={errors?.action}>
        {(props) => (
          <select {...props} defaultValue={input.action ?? ""}>
            <option value="">{t("anyAction")}</option>
            {choices(options.actions, names.action, input.action).map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        )}
      </FilterField>
      <FilterField name="entityType" label={t("entityType")} errors={errors?.entityType}>
        {(props) => (
          <select {...props} defaultValue={input.entityType ?? ""}>
            <option value="">{t("anyType")}</option>
            {choices(options.entityTypes, names.entityType, input.entityType).map(
              ({ code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ),
            )}
          </select>
        )}
      </FilterField>
      <FilterField name="entityId" label={t("entityId")} errors={errors?.entityId}>
        {(props) => <input {...props} defaultValue={input.entityId ?? ""} autoComplete="off" />}
      </FilterField>
      <FilterField name="from" label={t("from")} errors={errors?.from} hint={t("fromHint")}>
        {(props) => (
          <input {...props} type="datetime-local" step={1} defaultValue={input.from ?? ""} />
        )}
      </FilterField>
      <FilterField name="to" label={t("to")} errors={errors?.to} hint={t("toHint")}>
        {(props) => (
          <input {...props} type="datetime-local" step={1} defaultValue={input.to ?? ""} />
        )}
      </FilterField>
      <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-3">
        <button type="submit" className={buttonClass()}>
          {t("submit")}
        </button>
        <Link href="/admin/audit" className={buttonClass("secondary")}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}

/** A filter's control with the shared label, hint and errors, named after its URL parameter. */
function FilterField({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: AuditFilterField;
  label: string;
  hint?: string;
  errors?: string[];
  children: (props: ControlProps & { name: string; className: string }) => ReactNode;
}) {
  return (
    <Field label={label} hint={hint} errors={errors}>
      {(control) => children({ ...control, name, className: controlClass })}
    </Field>
  );
}
