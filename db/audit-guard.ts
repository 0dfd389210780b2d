/**
 * Whether a database role could rewrite the audit trail without the
 * database stopping it: as a superuser, as (a member of) the table's owner,
 * who may disable its append-only triggers and redefine its digest, or with
 * the right to set session_replication_role, which silences every trigger
 * for a session. The desk refuses to serve through such a role
 * (scripts/lib/prepare-database.ts): its own role holds only SELECT and
 * INSERT on audit_events (db/migrations/0001).
 */
type Queryable = {
  query: <R extends Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ) => Promise<{ rows: R[] }>;
};

export async function auditTamperPowers(client: Queryable): Promise<string[]> {
  const {
    rows: [role],
  } = await client.query<{
    name: string;
    superuser: boolean;
    owner: string;
    owns: boolean;
    version: number;
  }>(
    `select current_user as name, r.rolsuper as superuser, pg_get_userbyid(c.relowner) as owner,
            pg_has_role(current_user, c.relowner, 'MEMBER') as owns,
            current_setting('server_version_num')::int as version
       from pg_roles r, pg_class c
      where r.rolname = current_user and c.oid = 'public.audit_events'::regclass`,
  );
  if (!role) return [];
  const powers: string[] = [];
  if (role.superuser) powers.push(`${role.name} is a superuser`);
  else if (role.owns) {
    powers.push(
      role.owner === role.name
        ? `${role.name} owns audit_events`
        : `${role.name} is a member of ${role.owner}, which owns audit_events`,
    );
  }
  // PostgreSQL 15 lets a superuser grant the right to set a parameter
  if (!role.superuser && role.version >= 150000) {
    const {
      rows: [parameter],
    } = await client.query<{ may: boolean }>(
      "select has_parameter_privilege('session_replication_role', 'SET') as may",
    );
    if (parameter?.may) {
      powers.push(`${role.name} may set session_replication_role, which turns triggers off`);
    }
  }
  return powers;
}
