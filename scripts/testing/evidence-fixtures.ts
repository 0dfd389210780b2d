/**
 * The evidence tests' people and report, what they look at after a write (a
 * claim's status, audit events and evidence rows), the source they add most
 * and the ratings that meet the quorum, shared by lib/evidence's integration
 * tests.
 */
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { claims, evidence, ratings } from "@/db/schema";
import type { EvidenceFields } from "@/lib/evidence/fields";
import { env } from "@/lib/env";
import { claimEventsOf } from "./audit-events";
import { makeClaim, makeReport } from "./make-claim";
import { makeUser } from "./make-user";

/** Two reviewers and an editor, and a report whose claims `makeClaimId` makes. */
export async function makeEvidenceScene() {
  const [reviewer, otherReviewer, editor] = await Promise.all([
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("editor"),
  ]);
  const reportId = await makeReport("Evidence tests");
  const makeClaimId = async () => (await makeClaim({ reportId })).id;
  return { reviewer, otherReviewer, editor, makeClaimId };
}

/**
 * Enough strong, agreeing (A1) ratings to meet the quorum, written directly as
 * the rating form would; the reviewers who gave them.
 */
export async function rateToQuorum(claimId: number) {
  const raters = await Promise.all(
    Array.from({ length: env.CLAIM_QUORUM }, () => makeUser("reviewer")),
  );
  await getDb()
    .insert(ratings)
    .values(
      raters.map((r) => ({ claimId, reviewerId: r.id, reliability: "A" as const, credibility: 1 })),
    );
  return raters;
}

export const source = (overrides: Partial<EvidenceFields> = {}): EvidenceFields => ({
  url: "https://news.example/2025/09/trainees",
  title: "Trainees leave for China",
  outlet: "News Example",
  publishedOn: "2025-09-14",
  archiveUrl: "https://web.archive.org/web/2025/https://news.example/2025/09/trainees",
  stance: "supports",
  quote: "سافر 22 متدربا إلى الصين",
  ...overrides,
});

export const statusOf = async (claimId: number) =>
  (await getDb().select({ status: claims.status }).from(claims).where(eq(claims.id, claimId)))[0]!
    .status;

export const auditOf = (claimId: number) => claimEventsOf(claimId);

export const evidenceOf = (claimId: number) =>
  getDb().select().from(evidence).where(eq(evidence.claimId, claimId)).orderBy(evidence.id);
