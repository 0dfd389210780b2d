import "server-only";
import { asc, eq, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { claimRelations, claims, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { readClaimPage } from "@/lib/claims/page-reads";
import { mayRemoveRelation } from "./permissions";

/**
 * The claims linked to `claimId`, whichever end of the link it is, with the
 * note, who linked them and whether `actor` may remove the link.
 */
export async function listClaimRelations(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  const other = alias(claims, "other");
  const rows = await getDb()
    .select({
      id: claimRelations.id,
      kind: claimRelations.kind,
      note: claimRelations.note,
      createdAt: claimRelations.createdAt,
      createdBy: claimRelations.createdBy,
      createdByName: users.displayName,
      otherId: other.id,
      otherStatement: other.statement,
      otherStatus: other.status,
    })
    .from(claimRelations)
    .innerJoin(
      other,
      sql`${other.id} = case when ${claimRelations.fromClaimId} = ${claimId}
        then ${claimRelations.toClaimId} else ${claimRelations.fromClaimId} end`,
    )
    .leftJoin(users, eq(users.id, claimRelations.createdBy))
    .where(or(eq(claimRelations.fromClaimId, claimId), eq(claimRelations.toClaimId, claimId)))
    .orderBy(asc(claimRelations.kind), asc(other.id));
  return forActor(actor, rows);
}

/**
 * The same links as listClaimRelations, taken from the claim page's own read
 * (lib/claims/page-reads.ts), which brings them in its one statement: what
 * the claim's page shows. None when there is no such claim.
 */
export async function listClaimPageRelations(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  const page = await readClaimPage(claimId, actor.id);
  return forActor(actor, page?.relations ?? []);
}

/** Each link with whether `actor` may remove it, and no longer who made it (only their name). */
function forActor<Row extends { createdBy: string | null }>(actor: User, rows: Row[]) {
  return rows.map(({ createdBy, ...row }) => ({
    ...row,
    canRemove: mayRemoveRelation(actor, { createdBy }),
  }));
}

export type ClaimRelationListing = Awaited<ReturnType<typeof listClaimRelations>>[number];
