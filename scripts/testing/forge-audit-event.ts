import type pg from "pg";

/**
 * What someone who owns the audit table could do: switch off its
 * append-only triggers, change a renamed account's recorded name, and switch
 * them back on. The row keeps its old hash, so the chain no longer matches.
 */
export async function forgeAuditEvent(owner: pg.Client, eventId: number) {
  await owner.query("alter table audit_events disable trigger user");
  await owner.query(
    `update audit_events set after = jsonb_set(after, '{name}', '"forged"') where id = $1`,
    [eventId],
  );
  await owner.query("alter table audit_events enable trigger user");
}
