import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db";
import { notificationPreferences, type EmailDelivery, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { assertRole } from "@/lib/auth/authorization";
import {
  defaultDelivery,
  deliveredKinds,
  type DeliveredKind,
  type NotificationKind,
} from "./kinds";

/**
 * How each person hears of each kind by email: their choice where they made
 * one, the desk's default (kinds.ts) elsewhere. Only choices are stored, so a
 * change of default reaches everyone who did not choose.
 */

export type EmailChoices = Record<DeliveredKind, EmailDelivery>;

export async function readEmailChoices(db: Executor, userId: string): Promise<EmailChoices> {
  const rows = await db
    .select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  const chosen = new Map(rows.map((row) => [row.kind, row.delivery]));
  return Object.fromEntries(
    deliveredKinds.map((kind) => [kind, chosen.get(kind) ?? defaultDelivery[kind]]),
  ) as EmailChoices;
}

export async function getEmailChoices(actor: User): Promise<EmailChoices> {
  assertRole(actor, "reviewer");
  return readEmailChoices(getDb(), actor.id);
}

/** The person's current choice for one kind, inside a transaction that is about to email. */
export async function currentDelivery(
  db: Executor,
  userId: string,
  kind: NotificationKind,
): Promise<EmailDelivery> {
  const [row] = await db
    .select({ delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.kind, kind)));
  return row?.delivery ?? defaultDelivery[kind];
}

/** Saves the kinds whose choice changed, with one audit event naming them; returns how many. */
export async function saveEmailChoices(
  db: Executor,
  userId: string,
  actorId: string | null,
  choices: Partial<EmailChoices>,
  how: "notification.preferences" | "notification.unsubscribe",
): Promise<number> {
  const before = await readEmailChoices(db, userId);
  const changed = deliveredKinds.filter(
    (kind) => choices[kind] !== undefined && choices[kind] !== before[kind],
  );
  if (changed.length === 0) return 0;
  await db
    .insert(notificationPreferences)
    .values(changed.map((kind) => ({ userId, kind, delivery: choices[kind]! })))
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { delivery: sql`excluded.delivery`, updatedAt: sql`now()` },
    });
  await recordAudit(db, {
    actorId,
    action: how,
    entityType: "user",
    entityId: userId,
    // keyed by kind, typed so, for the audit log's test of field names
    before: Object.fromEntries(
      changed.map((kind) => [kind, before[kind]]),
    ) as Partial<EmailChoices>,
    after: Object.fromEntries(
      changed.map((kind) => [kind, choices[kind]]),
    ) as Partial<EmailChoices>,
  });
  return changed.length;
}

export async function setEmailChoices(actor: User, choices: EmailChoices): Promise<number> {
  assertRole(actor, "reviewer");
  return getDb().transaction((tx) =>
    saveEmailChoices(tx, actor.id, actor.id, choices, "notification.preferences"),
  );
}
