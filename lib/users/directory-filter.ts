/**
 * The accounts list's filters as they travel in the URL (?q=&role=&status=&login=),
 * so a filtered list can be bookmarked and Back restores it. No server
 * imports: the filter form names its fields and options from here.
 */
import { roles, type Role } from "@/lib/auth/roles";

export const accountStatuses = ["active", "invited", "deactivated"] as const;
export type AccountStatus = (typeof accountStatuses)[number];

export const lastLoginFilters = ["7d", "over30d", "never"] as const;
export type LastLoginFilter = (typeof lastLoginFilters)[number];

export type DirectoryFilter = {
  /** part of a name or email, as typed (trimmed); "" for none */
  q: string;
  role: Role | null;
  status: AccountStatus | null;
  lastLogin: LastLoginFilter | null;
};

const oneOf = <T extends string>(options: readonly T[], value: unknown): T | null =>
  typeof value === "string" && (options as readonly string[]).includes(value) ? (value as T) : null;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Unknown or repeated parameters are ignored rather than refused: it is a filter, not a form. */
export function parseDirectoryFilter(
  params: Record<string, string | string[] | undefined>,
): DirectoryFilter {
  return {
    q: (first(params.q) ?? "").trim().slice(0, 200),
    role: oneOf(roles, first(params.role)),
    status: oneOf(accountStatuses, first(params.status)),
    lastLogin: oneOf(lastLoginFilters, first(params.login)),
  };
}

export const isFiltered = (filter: DirectoryFilter) =>
  Boolean(filter.q || filter.role || filter.status || filter.lastLogin);
