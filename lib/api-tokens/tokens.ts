import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { apiTokens, users, type User } from "@/db/schema";
import { userColumns } from "@/lib/users/user-columns";
import { recordAudit } from "@/lib/audit/record";
import { assertRole } from "@/lib/auth/authorization";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { bearerToken, generateApiToken, hashApiToken } from "./token-format";

/**
 * Personal API tokens: an editor's scripts call `GET /api/export` with one
 * instead of a session cookie. A token acts as its owner with the owner's
 * current role and account state, read on every use, so demoting or
 * deactivating the owner takes effect at once; revoking a token ends it.
 * The token is shown once, at creation; only its hash is stored.
 */

/** How a caller signed in, for the audit trail: the desk's session, or a personal API token. */
export type CallerChannel = { via: "session" } | { via: "api_token"; tokenId: string };

/** Enough for a few scripts and machines; more usually means old tokens nobody revoked. */
export const MAX_ACTIVE_TOKENS = 10;

export async function createApiToken(actor: User, input: { name: string }) {
  assertRole(actor, "editor");
  const token = generateApiToken();
  const created = await getDb().transaction(async (tx) => {
    // one owner's creations one at a time, so two at once cannot pass the cap together
    await tx.select({ id: users.id }).from(users).where(eq(users.id, actor.id)).for("update");
    const [active] = await tx
      .select({ value: count() })
      .from(apiTokens)
      .where(and(eq(apiTokens.userId, actor.id), isNull(apiTokens.revokedAt)));
    if ((active?.value ?? 0) >= MAX_ACTIVE_TOKENS) {
      throw new RuleViolation("tokens.errors.tooMany", undefined, { count: MAX_ACTIVE_TOKENS });
    }
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: actor.id, name: input.name, tokenHash: hashApiToken(token) })
      .returning({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "api_token.create",
      entityType: "api_token",
      entityId: row!.id,
      after: { name: input.name },
    });
    return row!;
  });
  return { ...created, token };
}

/** The actor's own tokens, newest first, without anything secret. */
export async function listApiTokens(actor: User) {
  assertRole(actor, "editor");
  return getDb()
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, actor.id))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

export type ApiTokenListing = Awaited<ReturnType<typeof listApiTokens>>[number];

/** Ends one of the actor's own tokens; someone else's is "not found", not "forbidden". */
export async function revokeApiToken(actor: User, tokenId: string) {
  assertRole(actor, "editor");
  await getDb().transaction(async (tx) => {
    const [token] = await tx
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, actor.id)))
      .for("update");
    if (!token) throw new NotFoundError("token");
    if (token.revokedAt) throw new RuleViolation("tokens.errors.alreadyRevoked");
    await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, tokenId));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "api_token.revoke",
      entityType: "api_token",
      entityId: tokenId,
      before: { name: token.name, lastUsedAt: token.lastUsedAt },
    });
  });
}

/**
 * The owner of the token in an `Authorization: Bearer …` header, or null
 * when there is none, it is unknown or revoked, or its owner is deactivated.
 * A successful use is stamped on the token (`last_used_at`).
 */
export async function authenticateApiToken(
  authorization: string | null,
): Promise<{ user: User; tokenId: string } | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  const db = getDb();
  const [found] = await db
    .select({ user: userColumns, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashApiToken(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!found || !found.user.active) return null;
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, found.tokenId));
  return found;
}
