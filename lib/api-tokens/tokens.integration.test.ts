import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { apiTokens, auditEvents, users } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { ForbiddenError } from "@/lib/auth/authorization";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { hashApiToken } from "./token-format";
import {
  MAX_ACTIVE_TOKENS,
  authenticateApiToken,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from "./tokens";

const bearer = (token: string) => `Bearer ${token}`;

describe("personal API tokens", () => {
  it("are made by editors, stored only as a hash, and sign in their owner", async () => {
    const editor = await makeUser("editor");
    const created = await createApiToken(editor, { name: "nightly export" });
    const [stored] = await getDb().select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(stored!.tokenHash).toBe(hashApiToken(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);
    expect(stored!.lastUsedAt).toBeNull();

    const signedIn = await authenticateApiToken(bearer(created.token));
    expect(signedIn).toMatchObject({ tokenId: created.id, user: { id: editor.id } });
    // the actor it signs in carries no password hash
    expect(signedIn!.user).not.toHaveProperty("passwordHash");
    const [used] = await getDb().select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(used!.lastUsedAt).not.toBeNull();

    const listed = await listApiTokens(editor);
    expect(listed).toEqual([
      expect.objectContaining({ id: created.id, name: "nightly export", revokedAt: null }),
    ]);
    expect(listed[0]).not.toHaveProperty("tokenHash");

    const audited = await getDb()
      .select({ action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, created.id));
    expect(audited).toEqual([{ action: "api_token.create", after: { name: "nightly export" } }]);
  });

  it("stop working once revoked, and only their owner can revoke them", async () => {
    const [editor, other] = await Promise.all([makeUser("editor"), makeUser("editor")]);
    const { id, token } = await createApiToken(editor, { name: "laptop" });
    await expect(revokeApiToken(other, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await authenticateApiToken(bearer(token))).not.toBeNull();

    await revokeApiToken(editor, id);
    expect(await authenticateApiToken(bearer(token))).toBeNull();
    await expect(revokeApiToken(editor, id)).rejects.toBeInstanceOf(RuleViolation);
    const [event] = await getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "api_token.revoke"));
    expect(event).toMatchObject({ actorId: editor.id, entityId: id });
  });

  it("are refused to reviewers, and end with their owner's account", async () => {
    const reviewer = await makeUser("reviewer");
    await expect(createApiToken(reviewer, { name: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listApiTokens(reviewer)).rejects.toBeInstanceOf(ForbiddenError);

    const editor = await makeUser("editor");
    const { token } = await createApiToken(editor, { name: "script" });
    await getDb().update(users).set({ active: false }).where(eq(users.id, editor.id));
    expect(await authenticateApiToken(bearer(token))).toBeNull();
  });

  it("read the owner's role at every use, so a demoted owner's token signs in a reviewer", async () => {
    const editor = await makeUser("editor");
    const { token } = await createApiToken(editor, { name: "script" });
    await getDb().update(users).set({ role: "reviewer" }).where(eq(users.id, editor.id));
    expect((await authenticateApiToken(bearer(token)))?.user.role).toBe("reviewer");
  });

  it("ignore headers that are not a desk token, and unknown tokens", async () => {
    for (const header of [null, "", "Basic abc", "Bearer nope", bearer(`vdk_${"A".repeat(43)}`)]) {
      expect(await authenticateApiToken(header)).toBeNull();
    }
  });

  it("are capped per person, even when created at once", async () => {
    const editor = await makeUser("editor");
    const results = await Promise.allSettled(
      Array.from({ length: MAX_ACTIVE_TOKENS + 3 }, (_, i) =>
        createApiToken(editor, { name: `token ${i}` }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_ACTIVE_TOKENS);
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r.reason).toBeInstanceOf(RuleViolation);
  });
});
