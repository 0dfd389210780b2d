import "server-only";
import { and, eq, isNotNull, ne, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { users, type User, type UserRecord } from "@/db/schema";
import { returnAssignmentsToPool } from "@/lib/assignments/pool";
import { recordAudit } from "@/lib/audit/record";
import { assertRole } from "@/lib/auth/authorization";
import type { Role } from "@/lib/auth/roles";
import { endEverySession } from "@/lib/auth/sessions";
import { NotFoundError, RuleViolation } from "@/lib/errors";

/**
 * Account changes made by admins. Each runs in one transaction with its audit
 * event. The last-admin rule locks every active admin row first, so two
 * admins demoting each other at the same moment cannot both succeed. An
 * invited admin who has not set a password yet does not count: the invite
 * may expire, and the desk would be left with no admin who can sign in.
 */

export async function lockTarget(tx: Transaction, userId: string): Promise<UserRecord> {
  const [target] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
  if (!target) throw new NotFoundError("account");
  return target;
}

async function assertAnotherActiveAdmin(tx: Transaction, exceptUserId: string) {
  const others = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.role, "admin"),
        eq(users.active, true),
        isNotNull(users.passwordHash),
        ne(users.id, exceptUserId),
      ),
    )
    .for("update");
  if (others.length === 0) {
    throw new RuleViolation("admin.errors.lastAdmin");
  }
}

/** An account as the audit trail records it: never the password hash. */
export const accountView = (u: UserRecord) => ({
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  active: u.active,
  passwordSet: u.passwordHash !== null,
  sessionVersion: u.sessionVersion,
  interfaceLanguage: u.interfaceLanguage,
  digitStyle: u.digitStyle,
});

export async function setAccountActive(actor: User, userId: string, active: boolean) {
  assertRole(actor, "admin");
  if (userId === actor.id) throw new RuleViolation("admin.errors.ownDeactivate");
  await getDb().transaction(async (tx) => {
    // claims before the account, the order in which assignments lock them (lib/assignments/record.ts)
    if (!active) await returnAssignmentsToPool(tx, actor.id, await accountName(tx, userId));
    const target = await lockTarget(tx, userId);
    if (target.active === active) return;
    if (!active && target.role === "admin") await assertAnotherActiveAdmin(tx, target.id);
    const [updated] = await tx
      .update(users)
      .set({
        active,
        // deactivation also ends every open session at its next request
        sessionVersion: active ? target.sessionVersion : sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId))
      .returning();
    // anything assigned while the account was being locked goes back too
    if (!active) await returnAssignmentsToPool(tx, actor.id, target);
    await recordAudit(tx, {
      actorId: actor.id,
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "user",
      entityId: userId,
      before: accountView(target),
      after: accountView(updated!),
    });
  });
}

async function accountName(tx: Transaction, userId: string) {
  const [found] = await tx
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, userId));
  if (!found) throw new NotFoundError("account");
  return found;
}

export async function changeAccountRole(actor: User, userId: string, role: Role) {
  assertRole(actor, "admin");
  if (userId === actor.id) throw new RuleViolation("admin.errors.ownRole", "role");
  await getDb().transaction(async (tx) => {
    const target = await lockTarget(tx, userId);
    if (target.role === role) return;
    if (target.role === "admin" && target.active) await assertAnotherActiveAdmin(tx, target.id);
    const [updated] = await tx
      .update(users)
      .set({ role, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.change_role",
      entityType: "user",
      entityId: userId,
      before: accountView(target),
      after: accountView(updated!),
    });
  });
}

/** Ends every open session of the account at its next request; it can sign in again. */
export async function endAllSessions(actor: User, userId: string) {
  assertRole(actor, "admin");
  if (userId === actor.id) throw new RuleViolation("admin.errors.ownSessions");
  await getDb().transaction(async (tx) => {
    const target = await lockTarget(tx, userId);
    const [updated] = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning();
    await endEverySession(tx, userId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.end_sessions",
      entityType: "user",
      entityId: userId,
      before: accountView(target),
      after: accountView(updated!),
    });
  });
}
