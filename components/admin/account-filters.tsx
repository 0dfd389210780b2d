import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { roles } from "@/lib/auth/roles";
import {
  accountStatuses,
  isFiltered,
  lastLoginFilters,
  type DirectoryFilter,
} from "@/lib/users/directory-filter";

/** A plain GET form: the filters live in the URL and work without JavaScript. */
export function AccountFilters({ filter }: { filter: DirectoryFilter }) {
  const t = useTranslations("admin.filters");
  const shell = useTranslations("shell");
  const select = (
    label: string,
    name: string,
    value: string | null,
    options: ReadonlyArray<readonly [string, string]>,
  ) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={value ?? ""}
        className={`${controlClass} py-1.5`}
      >
        <option value="">{t("any")}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      role="search"
      aria-label={t("label")}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4"
    >
      <div className="flex min-w-56 flex-1 flex-col gap-1">
        <label htmlFor="filter-q" className="text-sm font-medium">
          {t("query")}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filter.q}
          className={`${controlClass} py-1.5`}
        />
      </div>
      {select(
        t("role"),
        "role",
        filter.role,
        roles.map((role) => [role, shell(`roles.${role}`)] as const),
      )}
      {select(
        t("status"),
        "status",
        filter.status,
        accountStatuses.map((status) => [status, t(`statuses.${status}`)] as const),
      )}
      {select(
        t("lastSignIn"),
        "login",
        filter.lastLogin,
        lastLoginFilters.map((login) => [login, t(`lastLogins.${login}`)] as const),
      )}
      <button type="submit" className={buttonClass("secondary")}>
        {t("submit")}
      </button>
      {isFiltered(filter) && (
        <Link href="/admin/users" className="py-2 text-sm text-accent underline">
          {t("clear")}
        </Link>
      )}
    </form>
  );
}
