/**
 * The name a reader sees for a field of an audit event's before and after:
 * the `fields` catalogue's, or, for an account's email choices (keyed by
 * notification kind), the kind's name. lib/audit/fields.test.ts checks that
 * every field the desk records has one; a key neither names (an event
 * written before its field was named) is shown as recorded.
 */
type Lookup = { (key: string): string; has(key: string): boolean };

export function fieldNamer(fields: Lookup, notificationKinds: Lookup): (key: string) => string {
  return (key) =>
    fields.has(key) ? fields(key) : notificationKinds.has(key) ? notificationKinds(key) : key;
}
