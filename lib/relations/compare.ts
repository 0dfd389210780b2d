import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { claimRelations, claims, evidence, reports, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";

/**
 * Two claims side by side, as the compare view shows them: each one's
 * statement, quote, attribution, report, event date and evidence counts, and
 * the links between the two. Null when either claim does not exist.
 */
export async function getClaimComparison(actor: User, claimId: number, otherId: number) {
  assertRole(actor, "reviewer");
  const db = getDb();
  const ids = [claimId, otherId];
  const [rows, counts, links] = await Promise.all([
    db
      .select({
        id: claims.id,
        statement: claims.statement,
        status: claims.status,
        quote: claims.quote,
        quoteLanguage: claims.quoteLanguage,
        attribution: claims.attribution,
        eventDate: claims.eventDate,
        eventDatePrecision: claims.eventDatePrecision,
        report: { id: reports.id, title: reports.title, outlet: reports.outlet },
      })
      .from(claims)
      .innerJoin(reports, eq(reports.id, claims.reportId))
      .where(inArray(claims.id, ids)),
    db
      .select({
        claimId: evidence.claimId,
        supports: sql<number>`count(*) filter (where ${evidence.stance} = 'supports' and ${evidence.retractedAt} is null)::int`,
        contradicts: sql<number>`count(*) filter (where ${evidence.stance} = 'contradicts' and ${evidence.retractedAt} is null)::int`,
        context: sql<number>`count(*) filter (where ${evidence.stance} = 'context' and ${evidence.retractedAt} is null)::int`,
        retracted: sql<number>`count(*) filter (where ${evidence.retractedAt} is not null)::int`,
      })
      .from(evidence)
      .where(inArray(evidence.claimId, ids))
      .groupBy(evidence.claimId),
    db
      .select({ id: claimRelations.id, kind: claimRelations.kind, note: claimRelations.note })
      .from(claimRelations)
      .where(
        or(
          and(eq(claimRelations.fromClaimId, claimId), eq(claimRelations.toClaimId, otherId)),
          and(eq(claimRelations.fromClaimId, otherId), eq(claimRelations.toClaimId, claimId)),
        ),
      ),
  ]);
  const side = (id: number) => {
    const claim = rows.find((row) => row.id === id);
    if (!claim) return null;
    const {
      supports = 0,
      contradicts = 0,
      context = 0,
      retracted = 0,
    } = counts.find((count) => count.claimId === id) ?? {};
    return { ...claim, evidence: { supports, contradicts, context, retracted } };
  };
  const left = side(claimId);
  const right = side(otherId);
  if (!left || !right) return null;
  return { claims: [left, right] as const, links };
}

export type ClaimComparison = NonNullable<Awaited<ReturnType<typeof getClaimComparison>>>;
export type ComparedClaim = ClaimComparison["claims"][number];
