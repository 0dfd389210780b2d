import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { ForbiddenError } from "@/lib/auth/authorization";
import { listUsers } from "./directory";
import type { DirectoryFilter } from "./directory-filter";
import { inviteAccount } from "./invites";

const day = 86_400_000;
const noFilter: DirectoryFilter = { q: "", role: null, status: null, lastLogin: null };

describe("the accounts list", () => {
  it("searches names and emails, filters by role, status and last sign-in, and shows waiting invites", async () => {
    const admin = await makeUser("admin");
    const tag = randomBytes(4).toString("hex");
    const [recent, stale, never] = await Promise.all([
      makeUser("editor", { password: "some password here" }),
      makeUser("reviewer", { password: "some password here" }),
      makeUser("reviewer", { password: "some password here" }),
    ]);
    for (const [user, name, lastLoginAt] of [
      [recent, `Recent ${tag}`, new Date(Date.now() - 2 * day)],
      [stale, `Stale ${tag}`, new Date(Date.now() - 45 * day)],
      [never, `Never ${tag}`, null],
    ] as const) {
      await getDb()
        .update(users)
        .set({ displayName: name, lastLoginAt })
        .where(eq(users.id, user.id));
    }
    const invite = await inviteAccount(admin, {
      email: `waiting-${tag}@test.example`,
      displayName: `Waiting ${tag}`,
      role: "reviewer",
    });

    const names = async (filter: Partial<DirectoryFilter>) =>
      (await listUsers(admin, { ...noFilter, q: tag, ...filter })).accounts
        .map((a) => a.displayName.split(" ")[0])
        .sort();

    expect(await names({})).toEqual(["Never", "Recent", "Stale", "Waiting"]);
    expect(await names({ q: `WAITING-${tag}@` })).toEqual(["Waiting"]);
    expect(await names({ role: "editor" })).toEqual(["Recent"]);
    expect(await names({ status: "invited" })).toEqual(["Waiting"]);
    expect(await names({ status: "active" })).toEqual(["Never", "Recent", "Stale"]);
    expect(await names({ lastLogin: "7d" })).toEqual(["Recent"]);
    expect(await names({ lastLogin: "over30d" })).toEqual(["Stale"]);
    expect(await names({ lastLogin: "never" })).toEqual(["Never", "Waiting"]);
    // LIKE wildcards are searched for literally
    expect(await names({ q: "%" })).toEqual([]);

    const { accounts } = await listUsers(admin, { ...noFilter, q: `Waiting ${tag}` });
    expect(accounts[0]).toMatchObject({
      passwordSet: false,
      latestLink: { purpose: "invite", expiresAt: invite.expiresAt },
    });
  });

  it("is for admins only", async () => {
    const editor = await makeUser("editor");
    await expect(listUsers(editor, noFilter)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
