import { z } from "zod";

/**
 * The audit log's filters and page cursor, as they travel in the URL of the
 * GET filter form. Pure, so the page, the form and the tests share one
 * reading of it. Times are datetime-local values read as UTC: the desk's
 * people work across time zones, and the log prints UTC too.
 */

/** the actor filter's value for events no person caused (seed, scripts) */
export const SYSTEM_ACTOR = "system";

export type AuditFilters = {
  /** a user's id, or SYSTEM_ACTOR */
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** inclusive */
  from?: Date;
  /** exclusive */
  to?: Date;
};

/** `before`: the page of matches older than that id; `after`: newer than it. */
export type AuditCursor = { before: number } | { after: number } | null;

export const auditFilterFields = [
  "actor",
  "action",
  "entityType",
  "entityId",
  "from",
  "to",
] as const;
export type AuditFilterField = (typeof auditFilterFields)[number];

/** The filters as typed, for the form's default values and for links. */
export type AuditFilterInput = Partial<Record<AuditFilterField, string>>;

const DATETIME_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

const utcDateTime = z
  .string()
  .regex(DATETIME_LOCAL, "audit.errors.dateFormat")
  // Date rolls 30 February over into March: a real date reads back as written
  .refine((value) => {
    const date = new Date(`${value}Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value.slice(0, 16));
  }, "audit.errors.noSuchDate")
  .transform((value) => new Date(`${value}Z`));

const text = (max: number) => z.string().max(max, "audit.errors.tooLong");

const filterSchema = z
  .object({
    actor: z
      .union([z.literal(SYSTEM_ACTOR), z.uuid()], { error: "audit.errors.chooseActor" })
      .optional(),
    action: text(100).optional(),
    entityType: text(100).optional(),
    entityId: text(200).optional(),
    from: utcDateTime.optional(),
    to: utcDateTime.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from < f.to, {
    message: "audit.errors.toAfterFrom",
    path: ["to"],
  });

const cursorId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export type ParsedAuditSearch = {
  input: AuditFilterInput;
  filters: AuditFilters;
  cursor: AuditCursor;
  /** per field, as catalogue keys; when present the filters were not applied */
  errors: Partial<Record<AuditFilterField, string[]>> | null;
};

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
}

export function parseAuditSearch(params: SearchParams): ParsedAuditSearch {
  const input: AuditFilterInput = {};
  for (const field of auditFilterFields) {
    const value = first(params[field]);
    if (value !== undefined) input[field] = value;
  }
  const before = cursorId.safeParse(first(params.before));
  const after = cursorId.safeParse(first(params.after));
  // a malformed cursor is dropped (first page), not an error worth a message
  const cursor: AuditCursor = before.success
    ? { before: before.data }
    : after.success
      ? { after: after.data }
      : null;

  const parsed = filterSchema.safeParse(input);
  if (!parsed.success) {
    return {
      input,
      filters: {},
      cursor: null,
      errors: z.flattenError(parsed.error).fieldErrors as ParsedAuditSearch["errors"],
    };
  }
  return { input, filters: parsed.data, cursor, errors: null };
}

/** `/admin/audit?…` with the filters as typed and an optional cursor; empty values left out. */
export function auditLogHref(input: AuditFilterInput, cursor: AuditCursor = null): string {
  const params = new URLSearchParams();
  for (const field of auditFilterFields) {
    const value = input[field];
    if (value) params.set(field, value);
  }
  if (cursor && "before" in cursor) params.set("before", String(cursor.before));
  if (cursor && "after" in cursor) params.set("after", String(cursor.after));
  const query = params.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
