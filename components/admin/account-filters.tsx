import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { roleLabels, roles } from "@/lib/auth/roles";
import {
  accountStatuses,
  accountStatusLabels,
  isFiltered,
  lastLoginFilters,
  lastLoginLabels,
  type DirectoryFilter,
} from "@/lib/users/directory-filter";

/** A plain GET form: the filters live in the URL and work without JavaScript. */
export function AccountFilters({ filter }: { filter: DirectoryFilter }) {
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
        <option value="">Any</option>
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
      aria-label="Filter accounts"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4"
    >
      <div className="flex min-w-56 flex-1 flex-col gap-1">
        <label htmlFor="filter-q" className="text-sm font-medium">
          Name or email
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
        "Role",
        "role",
        filter.role,
        roles.map((role) => [role, roleLabels[role]] as const),
      )}
      {select(
        "Status",
        "status",
        filter.status,
        accountStatuses.map((status) => [status, accountStatusLabels[status]] as const),
      )}
      {select(
        "Last sign-in",
        "login",
        filter.lastLogin,
        lastLoginFilters.map((login) => [login, lastLoginLabels[login]] as const),
      )}
      <button type="submit" className={buttonClass("secondary")}>
        Filter
      </button>
      {isFiltered(filter) && (
        <Link href="/admin/users" className="py-2 text-sm text-accent underline">
          Clear filters
        </Link>
      )}
    </form>
  );
}
