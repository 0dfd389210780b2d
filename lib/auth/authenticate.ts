import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users, type User } from "@/db/schema";
import { recordAnonymousRefusal } from "@/lib/audit/anonymous-refusals";
import { recordAudit } from "@/lib/audit/record";
import { beginLoginAttempt, recordLoginSuccess, throttleDelay } from "./login-throttle";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import { startSession } from "./sessions";

export type SignInFailure = "invalid" | "locked" | "deactivated";

export class SignInRefused extends Error {
  constructor(
    readonly reason: SignInFailure,
    readonly retryAfterSeconds?: number,
  ) {
    super(reason);
  }
}

export function normaliseEmail(email: string) {
  return email.trim().toLowerCase();
}

/**
 * Checks an email and password. Every attempt is counted for throttling
 * before its password is checked (./login-throttle.ts) and is an audit event. Unknown emails and wrong passwords fail
 * alike, in about the same time. A deactivated account fails alike too,
 * unless the password is right: then its owner is told why, or they would
 * keep resetting a password that works.
 */
export async function authenticate(
  rawEmail: string,
  password: string,
  ip: string,
): Promise<{ user: User; sessionId: string }> {
  const email = normaliseEmail(rawEmail).slice(0, 320);
  const db = getDb();

  const throttle = await beginLoginAttempt(email, ip);
  if (throttle.locked) {
    // a locked email costs its sender nothing to try again: bounded per address
    await recordAnonymousRefusal(ip, {
      actorId: null,
      action: "auth.sign_in_locked",
      entityType: "user",
      entityId: null,
      after: { email, ip, retryAfterSeconds: throttle.retryAfterSeconds },
    });
    throw new SignInRefused("locked", throttle.retryAfterSeconds);
  }
  await throttleDelay(throttle);

  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDecoy(password);

  if (!user || !passwordMatches || !user.active) {
    // the attempt was counted as a failure when it began
    await recordAudit(db, {
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      entityType: "user",
      entityId: user?.id ?? null,
      after: {
        email,
        ip,
        reason: user && !user.active ? "deactivated" : "wrong email or password",
      },
    });
    throw new SignInRefused(user && passwordMatches ? "deactivated" : "invalid");
  }

  const sessionId = await db.transaction(async (tx) => {
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    await recordLoginSuccess(tx, throttle.attemptId);
    const started = await startSession(tx, user.id);
    await recordAudit(tx, {
      actorId: user.id,
      action: "auth.sign_in",
      entityType: "user",
      entityId: user.id,
      after: { ip, sessionId: started },
    });
    return started;
  });
  const { passwordHash: _passwordHash, ...signedIn } = user;
  return { user: signedIn, sessionId };
}
