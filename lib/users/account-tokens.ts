import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, ne } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { accountTokens, users } from "@/db/schema";

/**
 * One-time links for invites and password resets. The link carries 32 random
 * bytes (base64url); only their sha-256 is stored, so a copy of the database
 * cannot be turned into working links. The audit trail names a link by the
 * first characters of that hash, never by the token.
 *
 * An invite lasts 72 hours, the time to reach someone over a weekend. A reset
 * link lasts 24: the account already holds work, and the admin hands the link
 * over directly. Making a new link for an account ends its earlier ones.
 */
export type AccountTokenPurpose = (typeof accountTokens.$inferSelect)["purpose"];

export const LINK_LIFETIME_HOURS: Record<AccountTokenPurpose, number> = {
  invite: 72,
  password_reset: 24,
};

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Enough of the hash to match an audit event to a row, too little to matter. */
export const tokenHashPrefix = (tokenHash: string) => tokenHash.slice(0, 12);

/** Ends the account's open links (not yet used, not yet expired); returns their hash prefixes. */
export async function expireOpenTokens(
  tx: Transaction,
  userId: string,
  exceptTokenId?: string,
): Promise<string[]> {
  const now = new Date();
  const ended = await tx
    .update(accountTokens)
    .set({ expiresAt: now })
    .where(
      and(
        eq(accountTokens.userId, userId),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
        exceptTokenId ? ne(accountTokens.id, exceptTokenId) : undefined,
      ),
    )
    .returning({ tokenHash: accountTokens.tokenHash });
  return ended.map((t) => tokenHashPrefix(t.tokenHash));
}

export type IssuedToken = {
  /** the secret for the link: shown once, never stored */
  token: string;
  purpose: AccountTokenPurpose;
  expiresAt: Date;
  tokenHashPrefix: string;
  /** hash prefixes of the account's earlier links that this one ended */
  replaced: string[];
};

/** Makes a new link for the account, ending its earlier ones. Call inside the change's transaction. */
export async function issueAccountToken(
  tx: Transaction,
  input: { userId: string; purpose: AccountTokenPurpose; createdBy: string },
): Promise<IssuedToken> {
  const replaced = await expireOpenTokens(tx, input.userId);
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(token);
  const expiresAt = new Date(Date.now() + LINK_LIFETIME_HOURS[input.purpose] * 3_600_000);
  await tx.insert(accountTokens).values({
    userId: input.userId,
    purpose: input.purpose,
    tokenHash,
    expiresAt,
    createdBy: input.createdBy,
  });
  return {
    token,
    purpose: input.purpose,
    expiresAt,
    tokenHashPrefix: tokenHashPrefix(tokenHash),
    replaced,
  };
}

export type LinkRefusal = "unknown" | "used" | "expired" | "deactivated";

export type AccountLink =
  | {
      state: "valid";
      tokenId: string;
      tokenHash: string;
      purpose: AccountTokenPurpose;
      expiresAt: Date;
      userId: string;
      email: string;
      displayName: string;
    }
  | { state: LinkRefusal; expiresAt?: Date };

/**
 * What a link is good for, without changing anything: opening a link (or a
 * mail scanner following it) must not use it up. Pass a transaction and
 * `lock` to hold the token and account rows until it commits.
 */
export async function readAccountLink(
  token: string,
  options: { tx?: Transaction; lock?: boolean } = {},
): Promise<AccountLink> {
  if (!TOKEN_PATTERN.test(token)) return { state: "unknown" };
  const query = (options.tx ?? getDb())
    .select({ token: accountTokens, user: users })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(eq(accountTokens.tokenHash, hashToken(token)))
    .limit(1);
  const [row] = await (options.lock ? query.for("update") : query);
  if (!row) return { state: "unknown" };
  if (row.token.usedAt) return { state: "used" };
  // before "expired": a revoked invite's link is expired too, but asking for a
  // new link is no help until an admin reactivates the account
  if (!row.user.active) return { state: "deactivated" };
  if (row.token.expiresAt <= new Date())
    return { state: "expired", expiresAt: row.token.expiresAt };
  return {
    state: "valid",
    tokenId: row.token.id,
    tokenHash: row.token.tokenHash,
    purpose: row.token.purpose,
    expiresAt: row.token.expiresAt,
    userId: row.user.id,
    email: row.user.email,
    displayName: row.user.displayName,
  };
}
