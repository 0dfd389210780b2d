import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { accountTokens, users } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { authenticate } from "@/lib/auth/authenticate";
import { ForbiddenError } from "@/lib/auth/authorization";
import { verifyPassword } from "@/lib/auth/password";
import { AccountLinkRefused, acceptAccountLink } from "./accept-account-link";
import { setAccountActive } from "./account-admin";
import { hashToken, readAccountLink } from "./account-tokens";
import { inviteAccount, makeAccountLink } from "./invites";
import {
  eventsFor,
  freshEmail,
  goodPassword,
  linkRefusal,
  reload,
  tokensOf,
} from "@/scripts/testing/account-link-fixtures";
import { ruleFieldOf } from "@/scripts/testing/refusal-of";

describe("inviting", () => {
  it("makes a password-less account and a 72-hour link of which only the hash is kept", async () => {
    const admin = await makeUser("admin");
    const email = freshEmail();
    const before = Date.now();
    const invite = await inviteAccount(admin, { email, displayName: "Nour Saleh", role: "editor" });

    expect(invite.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const account = await reload(invite.userId);
    expect(account).toMatchObject({
      email: email.toLowerCase(),
      displayName: "Nour Saleh",
      role: "editor",
      active: true,
      passwordHash: null,
    });
    const [token] = await tokensOf(invite.userId);
    expect(token).toMatchObject({ purpose: "invite", usedAt: null, createdBy: admin.id });
    expect(token!.tokenHash).toBe(hashToken(invite.token));
    const hours = (token!.expiresAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThan(72.1);

    const [event] = await eventsFor(invite.userId);
    expect(event).toMatchObject({ action: "user.invite", actorId: admin.id, before: null });
    expect(event!.after).toMatchObject({ email: email.toLowerCase(), role: "editor" });
    const logged = JSON.stringify(event);
    expect(logged).not.toContain(invite.token);
    expect(logged).not.toContain(token!.tokenHash);
  });

  it("refuses an email that already has an account, whatever its case, and changes nothing", async () => {
    const admin = await makeUser("admin");
    const existing = await makeUser("reviewer");
    const count = async () =>
      (
        await getDb()
          .select({ n: sql<number>`count(*)::int` })
          .from(users)
      )[0]!.n;
    const usersBefore = await count();
    expect(
      await ruleFieldOf(
        inviteAccount(admin, {
          email: ` ${existing.email.toUpperCase()} `,
          displayName: "Someone",
          role: "reviewer",
        }),
      ),
    ).toBe("email");
    expect(await count()).toBe(usersBefore);
    expect(await tokensOf(existing.id)).toHaveLength(0);
  });

  it("refuses a malformed email and a role that does not exist", async () => {
    const admin = await makeUser("admin");
    expect(
      await ruleFieldOf(
        inviteAccount(admin, { email: "not an email", displayName: "X", role: "reviewer" }),
      ),
    ).toBe("email");
    expect(
      await ruleFieldOf(
        inviteAccount(admin, {
          email: freshEmail(),
          displayName: "X",
          role: "superuser" as "admin",
        }),
      ),
    ).toBe("role");
    expect(
      await ruleFieldOf(
        inviteAccount(admin, { email: freshEmail(), displayName: "  ", role: "reviewer" }),
      ),
    ).toBe("displayName");
  });

  it("is for admins only", async () => {
    for (const role of ["reviewer", "editor"] as const) {
      const actor = await makeUser(role);
      const email = freshEmail();
      await expect(
        inviteAccount(actor, { email, displayName: "X", role: "reviewer" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      const found = await getDb()
        .select()
        .from(users)
        .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
      expect(found).toHaveLength(0);
    }
  });
});

describe("accepting a link", () => {
  it("sets the password, uses up the link and ends sessions, with an audit event", async () => {
    const admin = await makeUser("admin");
    const invite = await inviteAccount(admin, {
      email: freshEmail(),
      displayName: "Karim Aziz",
      role: "reviewer",
    });
    const before = await reload(invite.userId);

    expect(await acceptAccountLink(invite.token, goodPassword)).toEqual({
      email: invite.email,
    });
    const after = await reload(invite.userId);
    expect(await verifyPassword(after.passwordHash!, goodPassword)).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const [token] = await tokensOf(invite.userId);
    expect(token!.usedAt).not.toBeNull();

    const accepted = (await eventsFor(invite.userId)).find(
      (e) => e.action === "user.accept_invite",
    );
    expect(accepted).toMatchObject({ actorId: invite.userId });
    expect(accepted!.before).toMatchObject({ passwordSet: false });
    expect(accepted!.after).toMatchObject({ passwordSet: true });
    const logged = JSON.stringify(accepted);
    expect(logged).not.toContain(goodPassword);
    expect(logged).not.toContain(invite.token);
    expect(logged).not.toContain(after.passwordHash!);

    // the new password signs in
    expect((await authenticate(invite.email, goodPassword, "10.9.0.1")).user.id).toBe(
      invite.userId,
    );
  });

  it("refuses a reused link, and a second submission racing the first", async () => {
    const admin = await makeUser("admin");
    const invite = await inviteAccount(admin, {
      email: freshEmail(),
      displayName: "Racer",
      role: "reviewer",
    });
    const outcomes = await Promise.allSettled([
      acceptAccountLink(invite.token, "first password of the two"),
      acceptAccountLink(invite.token, "second password of the two"),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(AccountLinkRefused);

    const hash = (await reload(invite.userId)).passwordHash;
    expect(await linkRefusal(acceptAccountLink(invite.token, goodPassword))).toBe("used");
    expect((await reload(invite.userId)).passwordHash).toBe(hash);
    expect((await readAccountLink(invite.token)).state).toBe("used");
  });

  it("refuses an expired link and changes nothing", async () => {
    const admin = await makeUser("admin");
    const invite = await inviteAccount(admin, {
      email: freshEmail(),
      displayName: "Late",
      role: "reviewer",
    });
    await getDb()
      .update(accountTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accountTokens.userId, invite.userId));
    const eventsBefore = (await eventsFor(invite.userId)).length;

    expect(await linkRefusal(acceptAccountLink(invite.token, goodPassword))).toBe("expired");
    expect(await reload(invite.userId)).toMatchObject({ passwordHash: null });
    const [token] = await tokensOf(invite.userId);
    expect(token!.usedAt).toBeNull();
    expect(await eventsFor(invite.userId)).toHaveLength(eventsBefore);
  });

  it("refuses unknown and malformed tokens", async () => {
    expect(
      await linkRefusal(acceptAccountLink(randomBytes(32).toString("base64url"), goodPassword)),
    ).toBe("unknown");
    expect(await linkRefusal(acceptAccountLink("../../etc/passwd", goodPassword))).toBe("unknown");
    expect(await linkRefusal(acceptAccountLink("", goodPassword))).toBe("unknown");
  });

  it("applies the password policy and changes nothing when it refuses", async () => {
    const admin = await makeUser("admin");
    const email = freshEmail();
    const invite = await inviteAccount(admin, {
      email,
      displayName: "Salma Idris",
      role: "reviewer",
    });
    for (const weak of ["short", "qwerty123456", email, "Salma Idris 2025", "aaaaaaaaaaaaaaa"]) {
      expect(await ruleFieldOf(acceptAccountLink(invite.token, weak))).toBe("password");
    }
    expect(await reload(invite.userId)).toMatchObject({ passwordHash: null });
    expect((await tokensOf(invite.userId))[0]!.usedAt).toBeNull();
    expect((await readAccountLink(invite.token)).state).toBe("valid");
  });

  it("refuses the link of an account deactivated since it was made", async () => {
    const admin = await makeUser("admin");
    const target = await makeUser("reviewer", { password: "the old password here" });
    const link = await makeAccountLink(admin, target.id);
    await setAccountActive(admin, target.id, false);

    expect(await linkRefusal(acceptAccountLink(link.token, goodPassword))).toBe("deactivated");
    expect((await reload(target.id)).passwordHash).toBe(target.passwordHash);
    expect((await tokensOf(target.id))[0]!.usedAt).toBeNull();
  });
});
