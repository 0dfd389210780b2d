/**
 * Personal API tokens as strings: `vdk_` and 32 random bytes in base64url.
 * The prefix lets secret scanners and people recognise a desk token; the
 * database keeps only the token's SHA-256. A hash without a salt is right
 * here, unlike for passwords: 256 random bits cannot be guessed, so the hash
 * only has to keep a leaked table from being usable, and an unsalted hash
 * can be looked up through an index.
 */
import { createHash, randomBytes } from "node:crypto";

export const API_TOKEN_PREFIX = "vdk_";
const tokenPattern = /^vdk_[A-Za-z0-9_-]{43}$/;

export function generateApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** Lower-case hex SHA-256, as stored in api_tokens.token_hash. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * The token of an `Authorization: Bearer <token>` header, or null when the
 * header is not one or the token is not of the desk's form (no database
 * lookup is spent on those).
 */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
  const token = match?.[1];
  return token && tokenPattern.test(token) ? token : null;
}
