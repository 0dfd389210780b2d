import "server-only";
import { and, asc, eq, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { claims, notifications, users } from "@/db/schema";
import { env } from "@/lib/env";
import { wordsOf } from "@/lib/i18n/translator";
import { sendMail } from "@/lib/mail/send";
import { notificationFactColumns } from "./facts";
import { isDeliveredKind, type NotificationKind } from "./kinds";
import { currentDelivery } from "./preferences";
import { notificationSentence, notificationTarget, type NotificationFacts } from "./sentence";
import { unsubscribeToken } from "./unsubscribe";

/**
 * Emails from the outbox, run by the job queue (lib/jobs). Each send happens
 * inside a transaction that holds the notification rows locked and marks
 * them emailed before committing: two workers given the same rows (a job
 * retried while its first run still hangs) wait for each other, and the
 * second finds them sent. A send that fails throws, the transaction rolls
 * back and the queue retries later with backoff. A worker that dies between
 * the server's "accepted" and the commit sends once more on retry: at least
 * once, with the same Message-ID, so a receiving server can tell.
 *
 * The person's choice is read again at send time: one who switched a kind
 * off or to the digest since is not emailed at once. Each email is written
 * in its recipient's interface language (users.interface_language), its
 * subject too; links and addresses stay as they are.
 */

type PendingRow = NotificationFacts & { id: number; recipientId: string; createdAt: Date };

/** How long an immediate email may be stuck before the digest carries it instead. */
const STALE_IMMEDIATE = sql`interval '1 hour'`;

function deskAddress(): string {
  return env.PUBLIC_URL ?? process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

function absolute(path: string): string {
  return new URL(path, deskAddress()).toString();
}

/** The page a person opens to stop one kind; its /api twin is what mail programs post to. */
function unsubscribeUrl(userId: string, kind: NotificationKind, oneClick = false): string | null {
  if (!isDeliveredKind(kind)) return null;
  const token = unsubscribeToken(userId, kind);
  return absolute(`${oneClick ? "/api/unsubscribe" : "/unsubscribe"}?token=${token}`);
}

function messageHost(): string {
  return new URL(deskAddress()).hostname || "desk";
}

async function lockPending(tx: Transaction, where: SQL | undefined): Promise<PendingRow[]> {
  const rows = await tx
    .select({ ...notificationFactColumns, recipientId: notifications.recipientId })
    .from(notifications)
    .innerJoin(claims, eq(claims.id, notifications.claimId))
    .leftJoin(users, eq(users.id, notifications.actorId))
    .where(and(where, isNull(notifications.emailedAt)))
    .orderBy(asc(notifications.id))
    .for("update", { of: notifications });
  return rows.map((row) => ({ ...row, detail: row.detail as Record<string, unknown> }));
}

async function recipientOf(tx: Transaction, userId: string) {
  const [person] = await tx
    .select({
      id: users.id,
      email: users.email,
      name: users.displayName,
      active: users.active,
      language: users.interfaceLanguage,
      digits: users.digitStyle,
    })
    .from(users)
    .where(eq(users.id, userId));
  return person && { ...person, language: person.language ?? "en" };
}

async function markEmailed(tx: Transaction, ids: number[]) {
  if (ids.length === 0) return;
  await tx
    .update(notifications)
    .set({ emailedAt: sql`now()` })
    .where(inArray(notifications.id, ids));
}

/** Settles rows that will never be emailed: the person is gone or switched the kind off. */
async function markNotMailed(tx: Transaction, ids: number[]) {
  if (ids.length === 0) return;
  await tx
    .update(notifications)
    .set({ emailDelivery: "off" })
    .where(inArray(notifications.id, ids));
}

async function deliver(message: Parameters<typeof sendMail>[0]) {
  const outcome = await sendMail(message);
  // a refusal must fail the job, so the queue retries it later
  if (!outcome.sent) throw new Error(`email not sent: ${outcome.reason}`);
}

/** The queue's notification-email task: one notification, to its person, at once. */
export async function emailNotification(notificationId: number): Promise<"sent" | "skipped"> {
  return getDb().transaction(async (tx) => {
    const [row] = await lockPending(tx, eq(notifications.id, notificationId));
    if (!row) return "skipped"; // sent already, or never to be mailed
    const person = await recipientOf(tx, row.recipientId);
    if (!person?.active) {
      await markNotMailed(tx, [row.id]);
      return "skipped";
    }
    const delivery = await currentDelivery(tx, person.id, row.kind);
    if (delivery === "off") {
      await markNotMailed(tx, [row.id]);
      return "skipped";
    }
    if (delivery === "digest") {
      await tx
        .update(notifications)
        .set({ emailDelivery: "digest" })
        .where(eq(notifications.id, row.id));
      return "skipped";
    }
    const sentence = notificationSentence(row, person.language, person.digits);
    const unsubscribe = unsubscribeUrl(person.id, row.kind);
    const oneClick = unsubscribeUrl(person.id, row.kind, true);
    const t = wordsOf(person.language, "notifications.email", person.digits);
    await deliver({
      to: person.email,
      subject: sentence.length > 140 ? `${sentence.slice(0, 139)}…` : sentence,
      text: [
        t("hello", { name: person.name }),
        "",
        `${sentence}`,
        absolute(notificationTarget(row)),
        "",
        t("all", { url: absolute("/notifications") }),
        ...(unsubscribe ? ["", t("stopKind", { url: unsubscribe })] : []),
      ].join("\n"),
      messageId: `<notification-${row.id}@${messageHost()}>`,
      headers: oneClick
        ? {
            "List-Unsubscribe": `<${oneClick}>`,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          }
        : undefined,
    });
    await markEmailed(tx, [row.id]);
    return "sent";
  });
}

/** The people with news waiting for a digest, made no later than `until`. */
export async function peopleWithDigest(until: Date): Promise<string[]> {
  const rows = await getDb()
    .selectDistinct({ recipientId: notifications.recipientId })
    .from(notifications)
    .where(digestItems(until));
  return rows.map((row) => row.recipientId);
}

function digestItems(until: Date) {
  return and(
    isNull(notifications.emailedAt),
    lte(notifications.createdAt, until),
    or(
      eq(notifications.emailDelivery, "digest"),
      // an immediate email still not sent an hour on (its job failed for good, or a
      // restored backup lost the queue) goes in the digest rather than nowhere
      and(
        eq(notifications.emailDelivery, "immediate"),
        sql`${notifications.createdAt} < now() - ${STALE_IMMEDIATE}`,
      ),
    ),
  );
}

/**
 * The queue's notification-digest-for task: one email listing a person's
 * news since their last digest, up to `until` (when the daily run began).
 */
export async function emailDigest(recipientId: string, until: Date): Promise<number> {
  return getDb().transaction(async (tx) => {
    const rows = await lockPending(
      tx,
      and(eq(notifications.recipientId, recipientId), digestItems(until)),
    );
    if (rows.length === 0) return 0;
    const person = await recipientOf(tx, recipientId);
    if (!person?.active) {
      await markNotMailed(
        tx,
        rows.map((row) => row.id),
      );
      return 0;
    }
    const wanted: PendingRow[] = [];
    const off: number[] = [];
    for (const row of rows) {
      // read per kind, not per row: a digest lists a handful of kinds
      const delivery = await currentDelivery(tx, person.id, row.kind);
      if (delivery === "off") off.push(row.id);
      else wanted.push(row);
    }
    await markNotMailed(tx, off);
    if (wanted.length === 0) return 0;
    const lines = wanted.flatMap((row) => [
      `• ${notificationSentence(row, person.language, person.digits)}`,
      `  ${absolute(notificationTarget(row))}`,
    ]);
    const kinds = [...new Set(wanted.map((row) => row.kind))];
    const unsubscribes = kinds
      .map((kind) => [kind, unsubscribeUrl(person.id, kind)] as const)
      .filter((entry): entry is readonly [NotificationKind, string] => entry[1] !== null);
    const t = wordsOf(person.language, "notifications", person.digits);
    await deliver({
      to: person.email,
      subject: t("email.digestSubject", { count: wanted.length }),
      text: [
        t("email.hello", { name: person.name }),
        "",
        t("email.digestIntro"),
        "",
        ...lines,
        "",
        t("email.all", { url: absolute("/notifications") }),
        t("email.choose", { url: absolute("/account#email-heading") }),
        ...unsubscribes.map(([kind, url]) =>
          t("email.stopNamed", { kind: t(`kinds.${kind}`), url }),
        ),
      ].join("\n"),
      messageId: `<digest-${person.id}-${wanted[wanted.length - 1]!.id}@${messageHost()}>`,
    });
    await markEmailed(
      tx,
      wanted.map((row) => row.id),
    );
    return wanted.length;
  });
}
