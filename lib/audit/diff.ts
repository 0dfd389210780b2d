/**
 * What an audit event changed, from its `before` and `after` JSON: the
 * top-level keys added, removed and changed. Nested values are compared
 * whole and shown whole; audit payloads are flat records, so one level is
 * what a reader needs. Pure, for the log page and its tests.
 */

export type AuditChange =
  | { key: string; kind: "added"; after: unknown }
  | { key: string; kind: "removed"; before: unknown }
  | { key: string; kind: "changed"; before: unknown; after: unknown };

export type AuditDiff = {
  changes: AuditChange[];
  /** keys present and equal on both sides */
  unchanged: string[];
};

/** the key a change of a whole non-object value (an array, a number) is listed under */
export const WHOLE_VALUE = "(value)";

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner)
      ? Object.fromEntries(
          Object.keys(inner)
            .sort()
            .map((key) => [key, inner[key]]),
        )
      : inner,
  );
}

function equal(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export function diffAuditValues(before: unknown, after: unknown): AuditDiff {
  const absent = (value: unknown) => value === null || value === undefined;
  // a record that appears (a creation) or disappears (a deletion) is all additions or removals
  const beforeRecord = isRecord(before) ? before : absent(before) && isRecord(after) ? {} : null;
  const afterRecord = isRecord(after) ? after : absent(after) && isRecord(before) ? {} : null;

  if (!beforeRecord || !afterRecord) {
    if (equal(before ?? null, after ?? null)) return { changes: [], unchanged: [] };
    if (absent(before))
      return { changes: [{ key: WHOLE_VALUE, kind: "added", after }], unchanged: [] };
    if (absent(after))
      return { changes: [{ key: WHOLE_VALUE, kind: "removed", before }], unchanged: [] };
    return { changes: [{ key: WHOLE_VALUE, kind: "changed", before, after }], unchanged: [] };
  }

  const changes: AuditChange[] = [];
  const unchanged: string[] = [];
  const keys = [...new Set([...Object.keys(beforeRecord), ...Object.keys(afterRecord)])].sort();
  for (const key of keys) {
    const inBefore = Object.hasOwn(beforeRecord, key);
    const inAfter = Object.hasOwn(afterRecord, key);
    if (!inBefore) changes.push({ key, kind: "added", after: afterRecord[key] });
    else if (!inAfter) changes.push({ key, kind: "removed", before: beforeRecord[key] });
    else if (!equal(beforeRecord[key], afterRecord[key]))
      changes.push({ key, kind: "changed", before: beforeRecord[key], after: afterRecord[key] });
    else unchanged.push(key);
  }
  return { changes, unchanged };
}

/** JSON indented for reading; `undefined` (no such side) as `null`. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value ?? null, null, 2);
}
