import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, loginAttempts, users } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { ruleFieldOf } from "@/scripts/testing/refusal-of";
import { authenticate } from "@/lib/auth/authenticate";
import { verifyPassword } from "@/lib/auth/password";
import {
  changeOwnPassword,
  chooseOwnPreferences,
  endOwnSessions,
  listOwnSignIns,
  renameOwnAccount,
} from "./own-account";

const password = "my current desk password";
const reload = async (id: string) =>
  (await getDb().select().from(users).where(eq(users.id, id)))[0]!;
const actionsFor = async (id: string) =>
  (await getDb().select().from(auditEvents).where(eq(auditEvents.entityId, id))).map(
    (e) => e.action,
  );

describe("one's own account", () => {
  it("renames, with the old and new name in the audit trail", async () => {
    const user = await makeUser("reviewer", { password });
    await renameOwnAccount(user, "  Rana Khoury ");
    expect((await reload(user.id)).displayName).toBe("Rana Khoury");
    const [event] = await getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, user.id));
    expect(event).toMatchObject({ action: "user.rename", actorId: user.id });
    expect(event!.before).toMatchObject({ displayName: user.displayName });
    expect(event!.after).toMatchObject({ displayName: "Rana Khoury" });
    expect(await ruleFieldOf(renameOwnAccount(user, "   "))).toBe("displayName");
  });

  it("keeps the interface language and digits, audited, and writes nothing for no change", async () => {
    const user = await makeUser("reviewer", { password });
    expect(user.interfaceLanguage).toBeNull();
    await chooseOwnPreferences(user, { interfaceLanguage: "ar", digitStyle: "arabic_indic" });
    const chosen = await reload(user.id);
    expect(chosen).toMatchObject({ interfaceLanguage: "ar", digitStyle: "arabic_indic" });
    const [event] = await getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, user.id));
    expect(event).toMatchObject({ action: "user.change_preferences", actorId: user.id });
    expect(event!.before).toMatchObject({ interfaceLanguage: null, digitStyle: "western" });
    expect(event!.after).toMatchObject({ interfaceLanguage: "ar", digitStyle: "arabic_indic" });

    await chooseOwnPreferences(chosen, { interfaceLanguage: "ar", digitStyle: "arabic_indic" });
    expect(await actionsFor(user.id)).toEqual(["user.change_preferences"]);
  });

  it("changes the password only with the current one, and ends the other sessions", async () => {
    const user = await makeUser("editor", { password });
    expect(
      await ruleFieldOf(
        changeOwnPassword(
          user,
          { currentPassword: "not my password", newPassword: "a brand new passphrase" },
          "10.3.0.1",
        ),
      ),
    ).toBe("currentPassword");
    expect((await reload(user.id)).passwordHash).toBe(user.passwordHash);
    // a wrong current password counts as a failed sign-in, for the throttle
    const attempts = await getDb()
      .select()
      .from(loginAttempts)
      .where(eq(loginAttempts.email, user.email));
    expect(attempts).toMatchObject([{ succeeded: false, ip: "10.3.0.1" }]);

    expect(
      await ruleFieldOf(
        changeOwnPassword(
          user,
          { currentPassword: password, newPassword: "password123456" },
          "10.3.0.1",
        ),
      ),
    ).toBe("newPassword");
    expect(
      await ruleFieldOf(
        changeOwnPassword(user, { currentPassword: password, newPassword: password }, "10.3.0.1"),
      ),
    ).toBe("newPassword");

    await changeOwnPassword(
      user,
      { currentPassword: password, newPassword: "a brand new passphrase" },
      "10.3.0.1",
    );
    const after = await reload(user.id);
    expect(await verifyPassword(after.passwordHash!, "a brand new passphrase")).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await actionsFor(user.id)).toEqual([
      "user.change_password_refused",
      "user.change_password",
    ]);
    const logged = JSON.stringify(
      await getDb().select().from(auditEvents).where(eq(auditEvents.entityId, user.id)),
    );
    expect(logged).not.toContain("a brand new passphrase");
    expect(logged).not.toContain(password);
  });

  it("signs out everywhere by moving the session version on", async () => {
    const user = await makeUser("reviewer", { password });
    await endOwnSessions(user);
    expect((await reload(user.id)).sessionVersion).toBe(user.sessionVersion + 1);
    expect(await actionsFor(user.id)).toEqual(["user.end_sessions"]);
  });

  it("lists the account's own latest sign-in attempts, newest first, and no one else's", async () => {
    const user = await makeUser("reviewer", { password });
    const other = await makeUser("reviewer", { password });
    await authenticate(user.email, "wrong guess at it", "10.4.0.1").catch(() => {});
    await authenticate(user.email, password, "10.4.0.2");
    await authenticate(other.email, password, "10.4.0.3");
    const history = await listOwnSignIns(user);
    expect(history.map(({ ip, succeeded }) => ({ ip, succeeded }))).toEqual([
      { ip: "10.4.0.2", succeeded: true },
      { ip: "10.4.0.1", succeeded: false },
    ]);
  });
});
