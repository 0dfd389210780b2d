import "server-only";
import { eq, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { claimEntities, claims, entities, reports, type Entity, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { hasChangedEvidence, standingVerdict } from "@/lib/claims/selection";

/** Characters of report text shown either side of the quote on its card. */
const CONTEXT_CHARACTERS = 280;

/** One claim card with what its page shows: the quote in context and the entities it names. */
export async function getClaimCard(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  return readClaimCard(claimId);
}

/**
 * The card in one query, read once per render (React's cache): the deciding
 * look reads the claim's author from it too. Callers check the actor's role.
 */
export const readClaimCard = cache(async (claimId: number) => {
  const [found] = await getDb()
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
      entities: sql<Array<Pick<Entity, "id" | "name" | "kind">>>`coalesce((
        select json_agg(json_build_object('id', ${entities.id}, 'name', ${entities.name}, 'kind', ${entities.kind})
                        order by ${entities.name})
          from ${claimEntities} join ${entities} on ${entities.id} = ${claimEntities.entityId}
         where ${claimEntities.claimId} = ${claims.id}), '[]')`,
    })
    .from(claims)
    .innerJoin(reports, eq(reports.id, claims.reportId))
    .where(eq(claims.id, claimId));
  return found ?? null;
});

export type ClaimCard = NonNullable<Awaited<ReturnType<typeof getClaimCard>>>;
