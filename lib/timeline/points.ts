import "server-only";
import { asc, count, eq, isNotNull, isNull } from "drizzle-orm";
import { getReadDb } from "@/db/replica";
import {
  claimEntities,
  claimRelations,
  claims,
  entities,
  reports,
  type ClaimStatus,
  type User,
} from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import type { DatePrecision } from "./layout";

export type LaneMode = "report" | "entity";

/** Entity lanes beyond this many would make the chart too tall to compare across. */
export const ENTITY_LANE_LIMIT = 12;

export type TimelineClaim = {
  id: number;
  statement: string;
  status: ClaimStatus;
  eventDate: string;
  precision: DatePrecision;
  reportId: number;
  reportTitle: string;
  entityNames: string[];
  /** every claim this one contradicts, including claims without an event date */
  contradicts: number[];
};

export type TimelineLane = { key: string; label: string; claimIds: number[] };

export type Timeline = {
  mode: LaneMode;
  /** the plotted claims (each once, in date order), whatever lanes they sit in */
  claims: TimelineClaim[];
  lanes: TimelineLane[];
  /** claims without an event date, which a timeline cannot place */
  undatedCount: number;
  /** lanes by entity: entities with dated claims beyond the lane limit */
  omittedEntityCount: number;
  /** lanes by entity: dated claims with no entity among the lanes shown */
  claimsOutsideLanes: number;
};

/**
 * The claims that have an event date, grouped into lanes by report or by
 * entity (a claim with several entities sits in each of their lanes), with
 * the claims each one contradicts.
 */
export async function getTimeline(actor: User, mode: LaneMode): Promise<Timeline> {
  assertRole(actor, "reviewer");
  const db = await getReadDb(actor.id);
  const dated = isNotNull(claims.eventDate);
  const [claimRows, [undated], entityRows, contradictionRows] = await Promise.all([
    db
      .select({
        id: claims.id,
        statement: claims.statement,
        status: claims.status,
        eventDate: claims.eventDate,
        precision: claims.eventDatePrecision,
        reportId: reports.id,
        reportTitle: reports.title,
      })
      .from(claims)
      .innerJoin(reports, eq(reports.id, claims.reportId))
      .where(dated)
      .orderBy(asc(claims.eventDate), asc(claims.id)),
    db.select({ value: count() }).from(claims).where(isNull(claims.eventDate)),
    db
      .select({ claimId: claimEntities.claimId, entityId: entities.id, name: entities.name })
      .from(claimEntities)
      .innerJoin(entities, eq(entities.id, claimEntities.entityId))
      .innerJoin(claims, eq(claims.id, claimEntities.claimId))
      .where(dated)
      // date order, so each entity lane lists its claims as the report lanes do
      .orderBy(asc(claims.eventDate), asc(claims.id), asc(entities.name)),
    db
      .select({ fromClaimId: claimRelations.fromClaimId, toClaimId: claimRelations.toClaimId })
      .from(claimRelations)
      .where(eq(claimRelations.kind, "contradicts")),
  ]);

  const entityNamesOf = groupBy(entityRows, (row) => row.claimId);
  const contradictsOf = new Map<number, number[]>();
  for (const { fromClaimId, toClaimId } of contradictionRows) {
    contradictsOf.set(fromClaimId, [...(contradictsOf.get(fromClaimId) ?? []), toClaimId]);
    contradictsOf.set(toClaimId, [...(contradictsOf.get(toClaimId) ?? []), fromClaimId]);
  }
  const datedClaims: TimelineClaim[] = claimRows.map((row) => ({
    ...row,
    eventDate: row.eventDate!,
    // a date stored without its precision is taken at its word, as a day
    precision: row.precision ?? "day",
    entityNames: (entityNamesOf.get(row.id) ?? []).map((entity) => entity.name),
    contradicts: (contradictsOf.get(row.id) ?? []).sort((a, b) => a - b),
  }));

  const { lanes, omittedEntityCount } =
    mode === "report" ? reportLanes(datedClaims) : entityLanes(entityRows);
  const inLanes = new Set(lanes.flatMap((lane) => lane.claimIds));
  return {
    mode,
    claims: datedClaims.filter((claim) => inLanes.has(claim.id)),
    lanes,
    undatedCount: undated?.value ?? 0,
    omittedEntityCount,
    claimsOutsideLanes: datedClaims.length - inLanes.size,
  };
}

/** One lane per report with dated claims, in the order reports were added. */
function reportLanes(datedClaims: TimelineClaim[]) {
  const byReport = groupBy(datedClaims, (claim) => claim.reportId);
  const lanes = [...byReport]
    .sort(([a], [b]) => a - b)
    .map(([reportId, reportClaims]) => ({
      key: `report-${reportId}`,
      label: reportClaims[0]!.reportTitle,
      claimIds: reportClaims.map((claim) => claim.id),
    }));
  return { lanes, omittedEntityCount: 0 };
}

/** The entities with the most dated claims, busiest first, each a lane. */
function entityLanes(entityRows: Array<{ claimId: number; entityId: number; name: string }>) {
  const byEntity = [...groupBy(entityRows, (row) => row.entityId)].sort(
    ([, a], [, b]) => b.length - a.length || a[0]!.name.localeCompare(b[0]!.name),
  );
  const lanes = byEntity.slice(0, ENTITY_LANE_LIMIT).map(([entityId, rows]) => ({
    key: `entity-${entityId}`,
    label: rows[0]!.name,
    claimIds: rows.map((row) => row.claimId),
  }));
  return { lanes, omittedEntityCount: Math.max(0, byEntity.length - ENTITY_LANE_LIMIT) };
}

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
