import "server-only";
import { asc, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";

/**
 * The choices of the audit log's filter form. The distinct actions and
 * entity types come from a loose index scan: one index probe per distinct
 * value ("the next value after this one"), instead of reading every event as
 * `select distinct` would.
 */
export async function auditFilterOptions(actor: User) {
  assertRole(actor, "admin");
  const db = getDb();
  const [people, actions, entityTypes] = await Promise.all([
    db
      .select({ id: users.id, email: users.email, displayName: users.displayName })
      .from(users)
      .orderBy(asc(users.email)),
    db.execute<{ value: string }>(sql`
      with recursive found(value) as (
        (select action from audit_events order by action limit 1)
        union all
        select (select e.action from audit_events e where e.action > found.value order by e.action limit 1)
          from found where found.value is not null
      )
      select value from found where value is not null`),
    db.execute<{ value: string }>(sql`
      with recursive found(value) as (
        (select entity_type from audit_events order by entity_type limit 1)
        union all
        select (select e.entity_type from audit_events e where e.entity_type > found.value
                 order by e.entity_type limit 1)
          from found where found.value is not null
      )
      select value from found where value is not null`),
  ]);
  return {
    people,
    actions: actions.rows.map((row) => row.value),
    entityTypes: entityTypes.rows.map((row) => row.value),
  };
}
