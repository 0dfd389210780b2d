import { describe, expect, it } from "vitest";
import { makeUser } from "@/scripts/testing/make-user";
import { ForbiddenError } from "@/lib/auth/authorization";
import { verifyPassword } from "@/lib/auth/password";
import { RuleViolation } from "@/lib/errors";
import { acceptAccountLink } from "./accept-account-link";
import { endAllSessions } from "./account-admin";
import { inviteAccount, makeAccountLink, revokeInvite } from "./invites";
import {
  eventsFor,
  freshEmail,
  goodPassword,
  linkRefusal,
  reload,
  tokensOf,
} from "@/scripts/testing/account-link-fixtures";
import { refusalOf } from "@/scripts/testing/refusal-of";

describe("password reset links", () => {
  it("are refused for a deactivated account", async () => {
    const admin = await makeUser("admin");
    const target = await makeUser("reviewer", { password: "the old password here", active: false });
    const error = (await refusalOf(makeAccountLink(admin, target.id))) as RuleViolation;
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.message).toMatch(/deactivated/);
    expect(await tokensOf(target.id)).toHaveLength(0);
  });

  it("end the earlier links; the newest resets the password and ends sessions", async () => {
    const admin = await makeUser("admin");
    const target = await makeUser("editor", { password: "the old password here" });
    const first = await makeAccountLink(admin, target.id);
    const second = await makeAccountLink(admin, target.id);
    expect(second.purpose).toBe("password_reset");
    const hours = (second.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);

    expect(await linkRefusal(acceptAccountLink(first.token, goodPassword))).toBe("expired");
    // the old password works until the link is used
    expect(
      await verifyPassword((await reload(target.id)).passwordHash!, "the old password here"),
    ).toBe(true);
    await acceptAccountLink(second.token, goodPassword);
    const after = await reload(target.id);
    expect(await verifyPassword(after.passwordHash!, goodPassword)).toBe(true);
    expect(after.sessionVersion).toBe(target.sessionVersion + 1);
    const actions = (await eventsFor(target.id)).map((e) => e.action);
    expect(actions).toEqual([
      "user.password_reset_link",
      "user.password_reset_link",
      "user.reset_password",
    ]);
  });

  it("are refused to non-admins and for the admin's own account", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    const target = await makeUser("reviewer", { password: "the old password here" });
    await expect(makeAccountLink(editor, target.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(makeAccountLink(admin, admin.id)).rejects.toBeInstanceOf(RuleViolation);
    expect(await tokensOf(target.id)).toHaveLength(0);
  });
});

describe("revoking an invite", () => {
  it("ends the link and deactivates the waiting account", async () => {
    const admin = await makeUser("admin");
    const invite = await inviteAccount(admin, {
      email: freshEmail(),
      displayName: "Changed mind",
      role: "reviewer",
    });
    await revokeInvite(admin, invite.userId);
    expect(await reload(invite.userId)).toMatchObject({ active: false, passwordHash: null });
    // the person holding the link is told why: the account is closed
    expect(await linkRefusal(acceptAccountLink(invite.token, goodPassword))).toBe("deactivated");
    const revoked = (await eventsFor(invite.userId)).find((e) => e.action === "user.revoke_invite");
    expect(revoked!.before).toMatchObject({ active: true });
    expect(revoked!.after).toMatchObject({ active: false });
  });

  it("is refused once the invite was accepted", async () => {
    const admin = await makeUser("admin");
    const invite = await inviteAccount(admin, {
      email: freshEmail(),
      displayName: "Accepted",
      role: "reviewer",
    });
    await acceptAccountLink(invite.token, goodPassword);
    await expect(revokeInvite(admin, invite.userId)).rejects.toBeInstanceOf(RuleViolation);
    expect(await reload(invite.userId)).toMatchObject({ active: true });
  });
});

describe("ending all sessions", () => {
  it("bumps the session version with an audit event", async () => {
    const admin = await makeUser("admin");
    const target = await makeUser("reviewer", { password: "the old password here" });
    await endAllSessions(admin, target.id);
    expect((await reload(target.id)).sessionVersion).toBe(target.sessionVersion + 1);
    const [event] = await eventsFor(target.id);
    expect(event).toMatchObject({ action: "user.end_sessions", actorId: admin.id });
    expect(event!.before).toMatchObject({ sessionVersion: target.sessionVersion });
    expect(event!.after).toMatchObject({ sessionVersion: target.sessionVersion + 1 });
  });

  it("is refused to non-admins and for oneself", async () => {
    const admin = await makeUser("admin");
    const reviewer = await makeUser("reviewer");
    const target = await makeUser("reviewer");
    await expect(endAllSessions(reviewer, target.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(endAllSessions(admin, admin.id)).rejects.toBeInstanceOf(RuleViolation);
    expect((await reload(target.id)).sessionVersion).toBe(target.sessionVersion);
    expect((await reload(admin.id)).sessionVersion).toBe(admin.sessionVersion);
  });
});
