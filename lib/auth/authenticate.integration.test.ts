import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { auditEvents, users } from "@/db/schema";
import { anonymousRefusalsRecorded } from "@/lib/audit/anonymous-refusals";
import { makeUser } from "@/scripts/testing/make-user";
import { authenticate, SignInRefused } from "./authenticate";
import { ADDRESS_FAILURES_BEFORE_LOCK, FAILURES_BEFORE_LOCK } from "./login-throttle";
import * as passwords from "./password";

// counts the password checks, while still checking
vi.mock("./password", async (original) => {
  const actual = await original<typeof import("./password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

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
    const { user: signedIn } = await authenticate(user.email.toUpperCase(), password, "10.0.0.1");
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

  it("counts each guess before checking it: of 100 parallel wrong guesses for one email, at most the limit are checked", async () => {
    const user = await makeUser("reviewer", { password });
    const checks = vi.mocked(passwords.verifyPassword);
    checks.mockClear();
    const started = performance.now();
    const reasons = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        refusal(authenticate(user.email, `guess ${i}`, `10.3.${Math.floor(i / 50)}.${i % 50}`)),
      ),
    );
    expect(checks).toHaveBeenCalledTimes(FAILURES_BEFORE_LOCK);
    expect(reasons.filter((reason) => reason === "invalid")).toHaveLength(FAILURES_BEFORE_LOCK);
    expect(reasons.filter((reason) => reason === "locked")).toHaveLength(
      100 - FAILURES_BEFORE_LOCK,
    );
    // the right password waits for the lock to end like any guess
    expect(await refusal(authenticate(user.email, password, "10.3.9.9"))).toBe("locked");
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it("a success clears that email's failures, not the other failures from the same address", async () => {
    const address = "10.4.0.1";
    const user = await makeUser("reviewer", { password });
    // an address guessing at many emails: one short of its limit
    await Promise.all(
      Array.from({ length: ADDRESS_FAILURES_BEFORE_LOCK - 1 }, (_, i) =>
        refusal(authenticate(`target-${i}@test.example`, "guess", address)),
      ),
    );
    // the same address signs in to an account of its own…
    expect((await authenticate(user.email, password, address)).user.id).toBe(user.id);
    // …which does not wipe the record of its guesses: one more locks it out, any email
    expect(await refusal(authenticate("target-last@test.example", "guess", address))).toBe(
      "invalid",
    );
    expect(await refusal(authenticate("someone-else@test.example", "guess", address))).toBe(
      "locked",
    );
    // and the account's own failures were cleared by its success
    for (let i = 0; i < FAILURES_BEFORE_LOCK - 1; i++) {
      expect(await refusal(authenticate(user.email, `slip ${i}`, "10.4.0.2"))).toBe("invalid");
    }
    expect((await authenticate(user.email, password, "10.4.0.2")).user.id).toBe(user.id);
  }, 30_000);

  it("records sign-ins for a locked email one by one up to the address's bound, then only counts them", async () => {
    const address = "10.5.0.1";
    const email = "locked-and-flooded@test.example";
    for (let i = 0; i < FAILURES_BEFORE_LOCK; i++) {
      expect(await refusal(authenticate(email, `guess ${i}`, `10.5.1.${i}`))).toBe("invalid");
    }
    const bound = anonymousRefusalsRecorded();
    const reasons = await Promise.all(
      Array.from({ length: bound + 50 }, () => refusal(authenticate(email, "guess", address))),
    );
    expect(reasons.every((reason) => reason === "locked")).toBe(true);

    const locked = await getDb()
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "auth.sign_in_locked"),
          sql`${auditEvents.after}->>'ip' = ${address}`,
        ),
      );
    expect(locked).toHaveLength(bound);
    const counted = await getDb()
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "authz.refusals_counted"), eq(auditEvents.entityId, address)),
      );
    expect(counted).toHaveLength(1);
  }, 60_000);
});
