import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
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
/** What a capture's summary shows of it: no page text. */
export const snapshotSummaryColumns = {
  id: evidenceSnapshots.id,
  takenAt: evidenceSnapshots.takenAt,
  lastCheckedAt: evidenceSnapshots.lastCheckedAt,
  checks: evidenceSnapshots.checks,
  httpStatus: evidenceSnapshots.httpStatus,
  failure: evidenceSnapshots.failure,
  quoteFound: evidenceSnapshots.quoteFound,
};

export async function listClaimEvidence(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  const adder = alias(users, "adder");
  const retractor = alias(users, "retractor");
  const db = getDb();
  // each page's latest capture, joined in: one round trip for the whole list
  const latest = db
    .select(snapshotSummaryColumns)
    .from(evidenceSnapshots)
    .where(eq(evidenceSnapshots.evidenceId, evidence.id))
    .orderBy(desc(evidenceSnapshots.id))
    .limit(1)
    .as("latest");
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
      snapshot: {
        id: latest.id,
        takenAt: latest.takenAt,
        lastCheckedAt: latest.lastCheckedAt,
        checks: latest.checks,
        httpStatus: latest.httpStatus,
        failure: latest.failure,
        quoteFound: latest.quoteFound,
      },
    })
    .from(evidence)
    .innerJoin(adder, eq(adder.id, evidence.addedBy))
    .leftJoin(retractor, eq(retractor.id, evidence.retractedBy))
    .leftJoinLateral(latest, sql`true`)
    .where(eq(evidence.claimId, claimId))
    .orderBy(asc(evidence.createdAt), asc(evidence.id));
  return rows.map(({ addedBy, snapshot, ...row }) => ({
    ...row,
    host: sourceHost(row.url),
    canRetract: row.retractedAt === null && mayRetractEvidence(actor, { addedBy }),
    canCheck: mayCheckEvidence(actor, row),
    // a page never captured joins no row: every column of it is null
    snapshot: snapshot?.id == null ? null : (snapshot as LatestSnapshot),
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

export type ClaimEvidence = Awaited<ReturnType<typeof listClaimEvidence>>[number];
