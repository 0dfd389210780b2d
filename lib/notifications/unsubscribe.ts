import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import type { Language } from "@/lib/i18n/languages";
import { isDeliveredKind, type DeliveredKind } from "./kinds";
import { saveEmailChoices } from "./preferences";

/**
 * The unsubscribe link at the foot of each email: it turns one kind off for
 * one account, without signing in. The token is the account's id and the
 * kind, signed with HMAC-SHA256 under AUTH_SECRET (which every instance
 * shares), so it cannot be made for another account or another kind. It does
 * not expire: a link in an old email should still work.
 */

const PURPOSE = "desk-unsubscribe-v1";

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set: unsubscribe links cannot be signed.");
  return value;
}

function signature(payload: string): Buffer {
  return createHmac("sha256", secret()).update(`${PURPOSE}:${payload}`).digest();
}

export function unsubscribeToken(userId: string, kind: DeliveredKind): string {
  const payload = Buffer.from(`${userId}:${kind}`).toString("base64url");
  return `${payload}.${signature(payload).toString("base64url")}`;
}

export type UnsubscribeRequest = { userId: string; kind: DeliveredKind };

/** The account and kind a token names, or null when it is malformed or not signed by the desk. */
export function readUnsubscribeToken(token: string): UnsubscribeRequest | null {
  const [payload, signed, ...rest] = token.split(".");
  if (!payload || !signed || rest.length > 0) return null;
  const given = Buffer.from(signed, "base64url");
  const expected = signature(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [userId, kind] = Buffer.from(payload, "base64url").toString("utf8").split(":");
  if (!userId || !kind || !isDeliveredKind(kind)) return null;
  return { userId, kind };
}

/** Whom a valid token is for, to show on the page before they confirm. */
export async function describeUnsubscribe(
  token: string,
): Promise<(UnsubscribeRequest & { email: string }) | null> {
  const request = readUnsubscribeToken(token);
  if (!request) return null;
  const [user] = await getDb()
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, request.userId));
  return user ? { ...request, email: user.email } : null;
}

/**
 * Turns the token's kind off for its account, audited as that account's own
 * act, and says in which language to answer its owner. Returns null for a
 * token that is not valid (the caller answers 404).
 */
export async function unsubscribe(
  token: string,
): Promise<(UnsubscribeRequest & { language: Language }) | null> {
  const request = readUnsubscribeToken(token);
  if (!request) return null;
  const done = await getDb().transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, language: users.interfaceLanguage })
      .from(users)
      .where(eq(users.id, request.userId))
      .for("update");
    if (!user) return null;
    await saveEmailChoices(
      tx,
      user.id,
      user.id,
      { [request.kind]: "off" },
      "notification.unsubscribe",
    );
    return { language: user.language ?? "en" };
  });
  return done ? { ...request, ...done } : null;
}
