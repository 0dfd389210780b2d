import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { claimEntities, claims, entities, reports, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { hasChangedEvidence, standingVerdict } from "@/lib/claims/selection";

/** Characters of report text shown either side of the quote on its card. */
const CONTEXT_CHARACTERS = 280;

/** One claim card with what its page shows: the quote in context and the entities it names. */
export async function getClaimCard(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  const db = getDb();
  const [found] = await db
    .select({
      claim: claims,
      verdict: standingVerdict,
      evidenceChanged: hasChangedEvidence,
      report: {
        id: reports.id,
        title: reports.title,
        outlet: reports.outlet,
        language: reports.language,
        url: reports.url,
        hasFullText: sql<boolean>`${reports.fullText} is not null`,
      },
      // only the stretch around the quote travels, not the whole report
      before: sql<string | null>`case when ${claims.anchorStart} is not null then
        substr(${reports.fullText}, greatest(1, ${claims.anchorStart} + 1 - ${CONTEXT_CHARACTERS}),
               least(${claims.anchorStart}, ${CONTEXT_CHARACTERS})) end`,
      after: sql<string | null>`case when ${claims.anchorEnd} is not null then
        substr(${reports.fullText}, ${claims.anchorEnd} + 1, ${CONTEXT_CHARACTERS}) end`,
    })
    .from(claims)
    .innerJoin(reports, eq(reports.id, claims.reportId))
    .where(eq(claims.id, claimId));
  if (!found) return null;

  const claimEntityList = await db
    .select({ id: entities.id, name: entities.name, kind: entities.kind })
    .from(claimEntities)
    .innerJoin(entities, eq(entities.id, claimEntities.entityId))
    .where(eq(claimEntities.claimId, claimId))
    .orderBy(asc(entities.name));
  return { ...found, entities: claimEntityList };
}

export type ClaimCard = NonNullable<Awaited<ReturnType<typeof getClaimCard>>>;
