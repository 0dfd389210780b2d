import "server-only";
import { and, eq, exists, inArray, isNull, ne, sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import {
  claimSources,
  entities,
  ratings,
  verdicts,
  type Entity,
  type ReliabilityGrade,
  type User,
  type VerdictKind,
} from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { readClaimPage } from "@/lib/claims/page-reads";
import { maySeeRatings } from "@/lib/ratings/blind-first";
import { reliabilityGrades } from "@/lib/review/grades";
import { verdictOrder, type SourceRecord } from "./record-summary";

const subquery = new QueryBuilder();

type SourceNamed = Pick<Entity, "id" | "name" | "kind">;

/**
 * The record of each source on this desk, as `actor` may see it: how many
 * claims rest on it, how many reached each verdict (the standing one) and
 * how many are undecided, and the reliability letters reviewers gave them.
 *
 * Blind-first holds in two ways. With `exceptClaimId` (the rating card), that
 * claim is left out altogether: its own ratings never count, so the record
 * beside the letters is the source's history elsewhere, never a hint of what
 * colleagues gave this claim. And a letter on another claim counts only when
 * its grades are no secret to this reader: they have rated that claim or
 * chosen to see its ratings, or a verdict stands on it (ratings are locked,
 * so they can anchor no one). The rest are counted as withheld, so the card
 * can say some were left out.
 */
export async function readSourceRecords(
  actor: User,
  sourceIds: readonly number[],
  options: { exceptClaimId?: number } = {},
): Promise<SourceRecord[]> {
  assertRole(actor, "reviewer");
  if (sourceIds.length === 0) return [];
  const sources = await getDb()
    .select({ id: entities.id, name: entities.name, kind: entities.kind })
    .from(entities)
    .where(inArray(entities.id, [...sourceIds]));
  const byId = new Map(sources.map((source) => [source.id, source]));
  return countRecords(
    actor,
    sourceIds.flatMap((id) => byId.get(id) ?? []),
    options,
  );
}

/** readSourceRecords of sources already read, in their order. */
async function countRecords(
  actor: User,
  sources: readonly SourceNamed[],
  options: { exceptClaimId?: number },
): Promise<SourceRecord[]> {
  if (sources.length === 0) return [];
  const db = getDb();
  const sourceIds = sources.map((source) => source.id);
  const resting = and(
    inArray(claimSources.sourceId, [...sourceIds]),
    options.exceptClaimId ? ne(claimSources.claimId, options.exceptClaimId) : undefined,
  );
  const standing = and(eq(verdicts.claimId, claimSources.claimId), isNull(verdicts.reopenedAt));
  const lockedByVerdict = exists(
    subquery
      .select({ one: sql`1` })
      .from(verdicts)
      .where(standing),
  );
  // both counts in one round trip: the claims by verdict, then the letters given
  const counted = await db
    .select({
      sourceId: claimSources.sourceId,
      letter: sql<ReliabilityGrade | null>`null`,
      verdict: sql<VerdictKind | null>`${verdicts.verdict}::text`,
      given: sql<number>`count(*)::int`,
      visible: sql<number>`count(*)::int`,
    })
    .from(claimSources)
    .leftJoin(verdicts, standing)
    .where(resting)
    .groupBy(claimSources.sourceId, verdicts.verdict)
    .unionAll(
      db
        .select({
          sourceId: claimSources.sourceId,
          letter: sql<ReliabilityGrade | null>`${ratings.reliability}::text`,
          verdict: sql<VerdictKind | null>`null`,
          given: sql<number>`count(*)::int`,
          visible: sql<number>`(count(*) filter (where ${sql`${lockedByVerdict} or ${maySeeRatings(actor, claimSources.claimId)}`}))::int`,
        })
        .from(claimSources)
        .innerJoin(ratings, eq(ratings.claimId, claimSources.claimId))
        .where(resting)
        .groupBy(claimSources.sourceId, ratings.reliability),
    );
  const verdictRows = counted
    .filter((row) => row.letter === null)
    .map(({ sourceId, verdict, given }) => ({ sourceId, verdict, claims: given }));
  const letterRows = counted.flatMap(({ sourceId, letter, given, visible }) =>
    letter === null ? [] : [{ sourceId, letter, given, visible }],
  );

  return sources.map((source) => {
    const sourceId = source.id;
    const counted = (verdict: VerdictKind | null) =>
      verdictRows.find((row) => row.sourceId === sourceId && row.verdict === verdict)?.claims ?? 0;
    const letterRowsOf = letterRows.filter((row) => row.sourceId === sourceId);
    const verdictCounts = Object.fromEntries(
      verdictOrder.map((verdict) => [verdict, counted(verdict)]),
    ) as Record<VerdictKind, number>;
    const undecided = counted(null);
    return {
      sourceId,
      name: source.name,
      kind: source.kind,
      claims: undecided + verdictOrder.reduce((sum, verdict) => sum + verdictCounts[verdict], 0),
      verdicts: verdictCounts,
      undecided,
      letters: Object.fromEntries(
        reliabilityGrades.map((grade) => [
          grade,
          letterRowsOf.find((row) => row.letter === grade)?.visible ?? 0,
        ]),
      ) as Record<ReliabilityGrade, number>,
      lettersWithheld: letterRowsOf.reduce((sum, row) => sum + row.given - row.visible, 0),
    };
  });
}

/**
 * The records of the sources a claim rests on, without that claim: what the
 * rating card shows beside the reliability letters.
 */
export async function readClaimSourceRecords(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  const named = (await readClaimPage(claimId, actor.id))?.sources ?? [];
  return countRecords(actor, named, { exceptClaimId: claimId });
}
