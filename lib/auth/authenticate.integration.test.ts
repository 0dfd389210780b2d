import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, users } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { authenticate, SignInRefused } from "./authenticate";
import { FAILURES_BEFORE_LOCK } from "./login-throttle";

const password = "correct horse battery staple";

async function refusal(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SignInRefused);
  return (error as SignInRefused).reason;
}

describe("signing in", () => {
  it("accepts the right password, case-insensitively on the email, and records the sign-in", async () => {
    const user = await makeUser("reviewer", { password });
    const signedIn = await authenticate(user.email.toUpperCase(), password, "10.0.0.1");
    expect(signedIn.id).toBe(user.id);
    const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(row!.lastLoginAt).not.toBeNull();
    const events = await getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, user.id));
    expect(events.map((e) => e.action)).toContain("auth.sign_in");
  });

  it("answers a wrong password, an unknown email and a deactivated account alike", async () => {
    const user = await makeUser("reviewer", { password });
    const inactive = await makeUser("reviewer", { password, active: false });
    expect(await refusal(authenticate(user.email, "wrong password", "10.0.0.2"))).toBe("invalid");
    expect(await refusal(authenticate("nobody@test.example", password, "10.0.0.2"))).toBe(
      "invalid",
    );
    expect(await refusal(authenticate(inactive.email, "wrong password", "10.0.0.2"))).toBe(
      "invalid",
    );
  });

  it("tells the owner of a deactivated account, who knows its password, why they cannot sign in", async () => {
    const inactive = await makeUser("reviewer", { password, active: false });
    expect(await refusal(authenticate(inactive.email, password, "10.0.0.3"))).toBe("deactivated");
    const [failed] = await getDb()
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, inactive.id), eq(auditEvents.action, "auth.sign_in_failed")),
      );
    expect(failed!.after).toMatchObject({ reason: "deactivated" });
  });

  it("locks an email after repeated failures, whether or not it has an account, even with the right password", async () => {
    const user = await makeUser("reviewer", { password });
    for (const email of [user.email, "ghost@test.example"]) {
      for (let i = 0; i < FAILURES_BEFORE_LOCK; i++) {
        expect(await refusal(authenticate(email, `guess ${i}`, `10.1.0.${i}`))).toBe("invalid");
      }
      expect(await refusal(authenticate(email, password, "10.2.0.1"))).toBe("locked");
    }
    const locks = await getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "auth.sign_in_locked"));
    expect(locks).toHaveLength(2);
  }, 30_000);
});
