import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { refuseIfRoleMayRewriteAudit } from "./prepare-database";
import { withOwnerClient } from "@/scripts/testing/owner-client";
import { auditTamperPowers } from "@/db/audit-guard";

const urlAs = (role: string, password: string) => {
  const url = new URL(process.env.TEST_OWNER_DATABASE_URL!);
  url.username = role;
  url.password = password;
  return url.toString();
};

async function powersOf(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await auditTamperPowers(client);
  } finally {
    await client.end();
  }
}

describe("starting with DATABASE_URL", () => {
  it("is allowed with the app's role: SELECT and INSERT on the trail, nothing more", async () => {
    expect(await powersOf(process.env.DATABASE_URL!)).toEqual([]);
    await expect(refuseIfRoleMayRewriteAudit(process.env.DATABASE_URL!)).resolves.toBeUndefined();
  });

  it("is refused, naming why, to a superuser, the trail's owner, or a role that may silence triggers", async () => {
    await expect(refuseIfRoleMayRewriteAudit(process.env.TEST_OWNER_DATABASE_URL!)).rejects.toThrow(
      /could rewrite the audit trail unseen \(\w+ is a superuser\)/,
    );

    const tag = randomBytes(4).toString("hex");
    const [owner, member, replicator] = [`t_owner_${tag}`, `t_member_${tag}`, `t_repl_${tag}`];
    const password = `pw-${tag}`;
    const originalOwner = await withOwnerClient(async (db) => {
      const { rows } = await db.query<{ owner: string }>(
        "select pg_get_userbyid(relowner) as owner from pg_class where oid = 'audit_events'::regclass",
      );
      await db.query(`create role ${owner} login password '${password}'`);
      await db.query(`create role ${member} login password '${password}' in role ${owner}`);
      await db.query(`create role ${replicator} login password '${password}' in role desk_app`);
      await db.query(`grant set on parameter session_replication_role to ${replicator}`);
      await db.query(`alter table audit_events owner to ${owner}`);
      return rows[0]!.owner;
    });
    try {
      expect(await powersOf(urlAs(owner, password))).toEqual([`${owner} owns audit_events`]);
      await expect(refuseIfRoleMayRewriteAudit(urlAs(member, password))).rejects.toThrow(
        `${member} is a member of ${owner}, which owns audit_events`,
      );
      expect(await powersOf(urlAs(replicator, password))).toEqual([
        `${replicator} may set session_replication_role, which turns triggers off`,
      ]);
    } finally {
      await withOwnerClient(async (db) => {
        await db.query(`alter table audit_events owner to ${originalOwner}`);
        await db.query(`revoke set on parameter session_replication_role from ${replicator}`);
        for (const role of [member, replicator, owner]) await db.query(`drop role ${role}`);
      });
    }
  });
});
