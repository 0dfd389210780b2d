import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { evidence, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { mayRetractEvidence } from "./permissions";
import { sourceHost } from "./source-host";

/**
 * A claim's evidence links in the order they were added, retracted ones
 * included (the card shows them struck through), with who added and who
 * retracted them, the site each is on, and whether `actor` may retract each.
 */
export async function listClaimEvidence(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  const adder = alias(users, "adder");
  const retractor = alias(users, "retractor");
  const rows = await getDb()
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
    })
    .from(evidence)
    .innerJoin(adder, eq(adder.id, evidence.addedBy))
    .leftJoin(retractor, eq(retractor.id, evidence.retractedBy))
    .where(eq(evidence.claimId, claimId))
    .orderBy(asc(evidence.createdAt), asc(evidence.id));
  return rows.map(({ addedBy, ...row }) => ({
    ...row,
    host: sourceHost(row.url),
    canRetract: row.retractedAt === null && mayRetractEvidence(actor, { addedBy }),
  }));
}

export type ClaimEvidence = Awaited<ReturnType<typeof listClaimEvidence>>[number];
