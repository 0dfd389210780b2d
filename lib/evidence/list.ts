import "server-only";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { evidence, evidenceSnapshots, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { hasCheckQueued } from "./check-jobs";
import { mayCheckEvidence, mayRetractEvidence } from "./permissions";
import { sourceHost } from "./source-host";

/**
 * A claim's evidence links in the order they were added, retracted ones
 * included (the card shows them struck through), with who added and who
 * retracted them, the site each is on, whether `actor` may retract each or
 * ask for its page to be checked, and what the desk's latest capture of
 * each page found (without its text, which has a page of its own).
 */
export async function listClaimEvidence(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  const adder = alias(users, "adder");
  const retractor = alias(users, "retractor");
  const db = getDb();
  const rows = await db
    .select({
      id: evidence.id,
      url: evidence.url,
      title: evidence.title,
      outlet: evidence.outlet,
      publishedOn: evidence.publishedOn,
      archiveUrl: evidence.archiveUrl,
      stance: evidence.stance,
      quote: evidence.quote,
      addedBy: evidence.addedBy,
      addedByName: adder.displayName,
      createdAt: evidence.createdAt,
      retractedAt: evidence.retractedAt,
      retractedByName: retractor.displayName,
      retractionReason: evidence.retractionReason,
      version: evidence.version,
      flag: evidence.flag,
      flaggedAt: evidence.flaggedAt,
      checkQueued: hasCheckQueued,
    })
    .from(evidence)
    .innerJoin(adder, eq(adder.id, evidence.addedBy))
    .leftJoin(retractor, eq(retractor.id, evidence.retractedBy))
    .where(eq(evidence.claimId, claimId))
    .orderBy(asc(evidence.createdAt), asc(evidence.id));
  const latest = await latestSnapshots(rows.map((row) => row.id));
  return rows.map(({ addedBy, ...row }) => ({
    ...row,
    host: sourceHost(row.url),
    canRetract: row.retractedAt === null && mayRetractEvidence(actor, { addedBy }),
    canCheck: mayCheckEvidence(actor, row),
    snapshot: latest.get(row.id) ?? null,
  }));
}

export type LatestSnapshot = {
  id: number;
  takenAt: Date;
  lastCheckedAt: Date;
  checks: number;
  httpStatus: number | null;
  failure: string | null;
  quoteFound: boolean | null;
};

/** The latest snapshot of each source, without the page's text. */
async function latestSnapshots(evidenceIds: number[]): Promise<Map<number, LatestSnapshot>> {
  if (evidenceIds.length === 0) return new Map();
  const rows = await getDb()
    .selectDistinctOn([evidenceSnapshots.evidenceId], {
      evidenceId: evidenceSnapshots.evidenceId,
      id: evidenceSnapshots.id,
      takenAt: evidenceSnapshots.takenAt,
      lastCheckedAt: evidenceSnapshots.lastCheckedAt,
      checks: evidenceSnapshots.checks,
      httpStatus: evidenceSnapshots.httpStatus,
      failure: evidenceSnapshots.failure,
      quoteFound: evidenceSnapshots.quoteFound,
    })
    .from(evidenceSnapshots)
    .where(inArray(evidenceSnapshots.evidenceId, evidenceIds))
    .orderBy(evidenceSnapshots.evidenceId, desc(evidenceSnapshots.id));
  return new Map(rows.map(({ evidenceId, ...snapshot }) => [evidenceId, snapshot]));
}

export type ClaimEvidence = Awaited<ReturnType<typeof listClaimEvidence>>[number];
