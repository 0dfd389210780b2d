import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { getDb } from "@/db";
import { accountTokens, auditEvents, users } from "@/db/schema";
import { AccountLinkRefused } from "@/lib/users/accept-account-link";
import { refusalOf } from "./refusal-of";

/** A password the policy accepts. */
export const goodPassword = "a quiet river at dawn";

/** The account as the database has it now. */
export const reload = async (id: string) =>
  (await getDb().select().from(users).where(eq(users.id, id)))[0]!;

export const tokensOf = (userId: string) =>
  getDb().select().from(accountTokens).where(eq(accountTokens.userId, userId));

export const eventsFor = (userId: string) =>
  getDb().select().from(auditEvents).where(eq(auditEvents.entityId, userId));

/** An address no other test uses, in mixed case, as people type them. */
export const freshEmail = () => `Invitee-${randomBytes(4).toString("hex")}@Test.Example`;

/** Why a link was refused; any other outcome fails the test. */
export async function linkRefusal(attempt: Promise<unknown>) {
  const error = await refusalOf(attempt);
  expect(error).toBeInstanceOf(AccountLinkRefused);
  return (error as AccountLinkRefused).reason;
}
