import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { getDb, type Transaction } from "@/db";
import { loginAttempts, users, type User } from "@/db/schema";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { normaliseEmail } from "@/lib/auth/authenticate";
import { forgetCurrentUser } from "@/lib/auth/current-user";
import { beginLoginAttempt, forgetLoginAttempt, throttleDelay } from "@/lib/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endEverySession } from "@/lib/auth/sessions";
import { passwordProblem, passwordRefusal } from "@/lib/auth/password-policy";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import type { DigitStyle, Language } from "@/lib/i18n/languages";
import { accountView } from "./account-admin";
import { displayName as displayNameInput } from "./account-input";

/**
 * What every signed-in person may do to their own account. Each change is
 * audited with the person as actor.
 *
 * A wrong current password on the change-password form counts as a failed
 * sign-in: a stolen session must not become a way to guess the password
 * without the sign-in page's throttle.
 */

async function updateOwnAccount(
  actor: User,
  action: Extract<
    AuditAction,
    "user.rename" | "user.change_password" | "user.end_sessions" | "user.change_preferences"
  >,
  changes: PgUpdateSetSource<typeof users>,
  alongside?: (tx: Transaction) => Promise<void>,
) {
  const saved = await getDb().transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, actor.id)).for("update");
    if (!before?.active) throw new NotFoundError("ownAccount");
    const [after] = await tx
      .update(users)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(users.id, actor.id))
      .returning();
    await alongside?.(tx);
    await recordAudit(tx, {
      actorId: actor.id,
      action,
      entityType: "user",
      entityId: actor.id,
      before: accountView(before),
      after: accountView(after!),
    });
    return after!;
  });
  // the action goes on to answer in the account's language, which may be the one just chosen
  forgetCurrentUser();
  return saved;
}

export async function renameOwnAccount(actor: User, newName: string): Promise<void> {
  const parsed = displayNameInput.safeParse(newName);
  if (!parsed.success) throw new RuleViolation(parsed.error.issues[0]!.message, "displayName");
  if (parsed.data === actor.displayName) return;
  await updateOwnAccount(actor, "user.rename", { displayName: parsed.data });
}

/**
 * The person's interface language and digits. Only what changes is written,
 * and a choice equal to the current one writes nothing.
 */
export async function chooseOwnPreferences(
  actor: User,
  choice: { interfaceLanguage?: Language; digitStyle?: DigitStyle },
): Promise<void> {
  const changes = Object.fromEntries(
    Object.entries(choice).filter(
      ([key, value]) => value !== undefined && actor[key as keyof typeof choice] !== value,
    ),
  );
  if (Object.keys(changes).length === 0) return;
  await updateOwnAccount(actor, "user.change_preferences", changes);
}

/**
 * Sets a new password and ends every session of the account, this one
 * included: the caller re-issues this session by signing in with the new
 * password (app/(desk)/account/actions.ts). Returns the email to sign in with.
 */
export async function changeOwnPassword(
  actor: User,
  input: { currentPassword: string; newPassword: string },
  ip: string,
): Promise<{ email: string }> {
  const email = normaliseEmail(actor.email);
  const throttle = await beginLoginAttempt(email, ip);
  if (throttle.locked) {
    const minutes = Math.max(1, Math.ceil(throttle.retryAfterSeconds / 60));
    throw new RuleViolation("account.errors.tooManyWrong", "currentPassword", { minutes });
  }
  await throttleDelay(throttle);

  // read here, not carried on the actor: the hash never leaves the code that checks it
  const [stored] = await getDb()
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.id));
  const current = stored?.passwordHash;
  if (!current || !(await verifyPassword(current, input.currentPassword))) {
    // counted as a failed sign-in when it began
    await recordAudit(getDb(), {
      actorId: actor.id,
      action: "user.change_password_refused",
      entityType: "user",
      entityId: actor.id,
      after: { ip, reason: "wrong current password" },
    });
    throw new RuleViolation("account.errors.notCurrentPassword", "currentPassword");
  }
  // the right password is no failure, and no sign-in either: the attempt is not kept
  await forgetLoginAttempt(throttle.attemptId);
  const problem = passwordProblem(input.newPassword, actor);
  if (problem) throw passwordRefusal(problem, "newPassword");
  if (input.newPassword === input.currentPassword)
    throw new RuleViolation("account.errors.samePassword", "newPassword");

  const passwordHash = await hashPassword(input.newPassword);
  const after = await updateOwnAccount(actor, "user.change_password", {
    passwordHash,
    sessionVersion: sql`${users.sessionVersion} + 1`,
  });
  return { email: after.email };
}

/** Signs the person out everywhere, this browser included, at each session's next request. */
export async function endOwnSessions(actor: User): Promise<void> {
  await updateOwnAccount(
    actor,
    "user.end_sessions",
    { sessionVersion: sql`${users.sessionVersion} + 1` },
    (tx) => endEverySession(tx, actor.id),
  );
}

export type SignInAttempt = { attemptedAt: Date; ip: string; succeeded: boolean };

/** The account's latest sign-in attempts, failed ones included: a sign of someone guessing. */
/** How many of its latest sign-in attempts an account sees. */
export const OWN_SIGN_INS_SHOWN = 20;

export async function listOwnSignIns(
  actor: User,
  limit = OWN_SIGN_INS_SHOWN,
): Promise<SignInAttempt[]> {
  return getDb()
    .select({
      attemptedAt: loginAttempts.attemptedAt,
      ip: loginAttempts.ip,
      succeeded: loginAttempts.succeeded,
    })
    .from(loginAttempts)
    .where(eq(loginAttempts.email, normaliseEmail(actor.email)))
    .orderBy(desc(loginAttempts.attemptedAt), desc(loginAttempts.id))
    .limit(limit);
}
