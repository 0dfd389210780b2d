import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, users } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { ForbiddenError } from "@/lib/auth/authorization";
import { RuleViolation } from "@/lib/errors";
import { changeAccountRole, setAccountActive } from "./account-admin";

const reload = async (id: string) =>
  (await getDb().select().from(users).where(eq(users.id, id)))[0]!;

describe("account administration", () => {
  it("refuses reviewers and editors, and changes nothing", async () => {
    const target = await makeUser("reviewer");
    for (const role of ["reviewer", "editor"] as const) {
      const actor = await makeUser(role);
      await expect(setAccountActive(actor, target.id, false)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(changeAccountRole(actor, target.id, "admin")).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    expect(await reload(target.id)).toMatchObject({ active: true, role: "reviewer" });
  });

  it("deactivates with an audit row and ends the account's sessions", async () => {
    const admin = await makeUser("admin");
    const target = await makeUser("reviewer");
    await setAccountActive(admin, target.id, false);
    const after = await reload(target.id);
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(target.sessionVersion + 1);
    const [event] = await getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, target.id));
    expect(event).toMatchObject({ action: "user.deactivate", actorId: admin.id });
    expect(event!.before).toMatchObject({ active: true });
    expect(event!.after).toMatchObject({ active: false });
  });

  it("never lets admins change their own role or deactivate themselves", async () => {
    const admin = await makeUser("admin");
    await makeUser("admin");
    await expect(changeAccountRole(admin, admin.id, "reviewer")).rejects.toBeInstanceOf(
      RuleViolation,
    );
    await expect(setAccountActive(admin, admin.id, false)).rejects.toBeInstanceOf(RuleViolation);
    expect(await reload(admin.id)).toMatchObject({ active: true, role: "admin" });
  });

  it("keeps the last active admin, even when two admins demote each other at once", async () => {
    // deactivate every other admin of this database first
    // (an invited admin who has no password yet would not count as another admin)
    const first = await makeUser("admin", { password: "first admin's password" });
    const second = await makeUser("admin", { password: "second admin's password" });
    const others = await getDb().select().from(users).where(eq(users.role, "admin"));
    for (const other of others) {
      if (other.id !== first.id && other.id !== second.id) {
        await getDb().update(users).set({ active: false }).where(eq(users.id, other.id));
      }
    }
    const outcomes = await Promise.allSettled([
      changeAccountRole(first, second.id, "editor"),
      changeAccountRole(second, first.id, "editor"),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(RuleViolation);
    const admins = await getDb().select().from(users).where(eq(users.role, "admin"));
    expect(admins.filter((a) => a.active)).toHaveLength(1);
  });
});
