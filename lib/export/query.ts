import "server-only";
import { and, count, eq, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "@/db";
import { getReadDb } from "@/db/replica";
import { claims, entities, reports, verdicts, type ReliabilityGrade, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import {
  eventDatesOverlap,
  hasStandingVerdict,
  inReport,
  isStandingVerdictOfClaim,
  taggedWith,
  withEffectiveStatus,
} from "@/lib/claims/selection";
import { RuleViolation } from "@/lib/errors";
import { toExportClaim, type ClaimExtras, type ClaimRow, type ExportClaim } from "./claim-record";
import { exportWordsOf } from "./export-words";
import type { ExportSelection } from "./selection";

/**
 * Reading an export's claims in keyset batches: each batch is one query for
 * up to `batchSize` claims (ordered by report, then claim, so a summary can
 * put one heading per report) with their ratings, live evidence,
 * contradicting claims, entities and sources. Memory holds at most two batches (the
 * one being written and the one read ahead) whatever the size of the
 * export, and no connection is held between batches, so a slow download
 * ties up nothing in the database. Measured by export.integration.test.ts:
 * 10,000 claims with 200,000 ratings and 50,000 evidence links stream in
 * about 1.3 s, the first claims within about 60 ms.
 *
 * Batches are separate statements, not one snapshot: a verdict set while a
 * long export runs may or may not be in it. The audit row records the count
 * taken when the export started.
 */

export const EXPORT_BATCH_SIZE = 500;

/** A selection checked against the database, with the names its description needs. */
export type ResolvedSelection = {
  selection: ExportSelection;
  reportTitle: string | null;
  entityName: string | null;
  /** ClaimReview needs a verdict to publish: only claims with a standing one */
  decidedOnly: boolean;
};

/**
 * Checks that the selection's report and entity exist. An unknown one is the
 * caller's mistake, named by its parameter, not an export of nothing.
 */
export async function resolveSelection(
  actor: User,
  selection: ExportSelection,
  options: { decidedOnly?: boolean } = {},
): Promise<ResolvedSelection> {
  assertRole(actor, "editor");
  const db = getDb();
  const [report, entity] = await Promise.all([
    selection.reportId
      ? db
          .select({ title: reports.title })
          .from(reports)
          .where(eq(reports.id, selection.reportId))
          .then((rows) => rows[0])
      : null,
    selection.entityId
      ? db
          .select({ name: entities.name })
          .from(entities)
          .where(eq(entities.id, selection.entityId))
          .then((rows) => rows[0])
      : null,
  ]);
  if (selection.reportId && !report) {
    throw new RuleViolation("export.problems.noReport", "report", {
      id: String(selection.reportId),
    });
  }
  if (selection.entityId && !entity) {
    throw new RuleViolation("export.problems.noEntity", "entity", {
      id: String(selection.entityId),
    });
  }
  return {
    selection,
    reportTitle: report?.title ?? null,
    entityName: entity?.name ?? null,
    decidedOnly: options.decidedOnly ?? false,
  };
}

/**
 * The selection as conditions of the claim selection (lib/claims/selection.ts).
 * Statuses are effective ones: a standing verdict overrides the computed
 * status (see ./selection.ts), where the board's Status filter reads the
 * computed status alone.
 */
function selectionConditions({ selection, decidedOnly }: ResolvedSelection): SQL | undefined {
  return and(
    selection.reportId ? inReport(selection.reportId) : undefined,
    selection.entityId ? taggedWith(selection.entityId) : undefined,
    eventDatesOverlap(selection.from, selection.to),
    selection.statuses === "all" ? undefined : withEffectiveStatus(selection.statuses),
    decidedOnly ? hasStandingVerdict : undefined,
  );
}

/** How many claims the selection holds now. */
export async function countSelection(actor: User, resolved: ResolvedSelection): Promise<number> {
  assertRole(actor, "editor");
  const [row] = await (
    await getReadDb(actor.id)
  )
    .select({ value: count() })
    .from(claims)
    .where(selectionConditions(resolved));
  return row?.value ?? 0;
}

type BatchRow = {
  id: number;
  statement: string;
  statement_language: string;
  quote: string;
  quote_language: string;
  attribution: string;
  event_date: string | null;
  event_date_precision: ClaimRow["eventDatePrecision"];
  status: ClaimRow["status"];
  report_id: number;
  report_title: string;
  report_outlet: string | null;
  report_url: string | null;
  report_published_on: string | null;
  verdict: ClaimRow["verdict"];
  verdict_rationale: string | null;
  verdict_decided_at: string | null;
  verdict_decided_by: string | null;
  /** "B2F6C3": two characters per rating */
  grades: string | null;
  evidence: ClaimExtras["evidence"] | null;
  contradicted_by: ClaimExtras["contradictedBy"] | null;
  entities: ClaimExtras["entities"] | null;
  sources: ClaimExtras["sources"] | null;
};

/**
 * One batch in one round trip: the claims (with report and standing
 * verdict) and, per claim, its grades, live evidence, contradicting claims
 * entities and sources aggregated by Postgres through their claim_id indexes.
 * Dates and timestamps come back as text, so no driver parses them twice.
 */
function batchOfClaims(
  db: Database,
  resolved: ResolvedSelection,
  after: { reportId: number; claimId: number } | null,
  limit: number,
) {
  const conditions = and(
    selectionConditions(resolved),
    after
      ? sql`(${claims.reportId}, ${claims.id}) > (${after.reportId}, ${after.claimId})`
      : undefined,
  );
  return db.execute<BatchRow>(sql`
    with batch as (
      select ${claims.id} as id, ${claims.statement} as statement,
        ${claims.statementLanguage} as statement_language, ${claims.quote} as quote,
        ${claims.quoteLanguage} as quote_language, ${claims.attribution} as attribution,
        ${claims.eventDate}::text as event_date, ${claims.eventDatePrecision} as event_date_precision,
        ${claims.status} as status, ${claims.reportId} as report_id,
        ${verdicts.verdict} as verdict, ${verdicts.rationale} as verdict_rationale,
        to_char(${verdicts.decidedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
          as verdict_decided_at,
        ${verdicts.decidedBy} as decided_by
      from ${claims}
      left join ${verdicts} on ${isStandingVerdictOfClaim}
      where ${conditions ?? sql`true`}
      order by ${claims.reportId}, ${claims.id}
      limit ${limit}
    )
    select batch.*,
      r.title as report_title, r.outlet as report_outlet, r.url as report_url,
      r.published_on::text as report_published_on,
      decider.display_name as verdict_decided_by,
      (select string_agg(g.reliability::text || g.credibility, '')
         from ratings g where g.claim_id = batch.id) as grades,
      (select json_agg(json_build_object('stance', e.stance, 'title', e.title, 'url', e.url,
           'outlet', e.outlet, 'publishedOn', e.published_on, 'archiveUrl', e.archive_url)
           order by e.stance, e.id)
         from evidence e where e.claim_id = batch.id and e.retracted_at is null) as evidence,
      (select json_agg(json_build_object('id', o.id, 'statement', o.statement) order by o.id)
         from claim_relations cr
         join claims o on o.id = case when cr.from_claim_id = batch.id
           then cr.to_claim_id else cr.from_claim_id end
         where cr.kind = 'contradicts'
           and (cr.from_claim_id = batch.id or cr.to_claim_id = batch.id)) as contradicted_by,
      (select json_agg(json_build_object('id', n.id, 'name', n.name, 'kind', n.kind)
           order by n.name, n.id)
         from claim_entities ce join entities n on n.id = ce.entity_id
         where ce.claim_id = batch.id) as entities,
      (select json_agg(json_build_object('id', n.id, 'name', n.name, 'kind', n.kind)
           order by n.name, n.id)
         from claim_sources cs join entities n on n.id = cs.source_id
         where cs.claim_id = batch.id) as sources
    from batch
    join reports r on r.id = batch.report_id
    left join users decider on decider.id = batch.decided_by
    order by batch.report_id, batch.id`);
}

function toClaimRow(row: BatchRow): ClaimRow {
  return {
    id: row.id,
    statement: row.statement,
    statementLanguage: row.statement_language,
    quote: row.quote,
    quoteLanguage: row.quote_language,
    attribution: row.attribution,
    eventDate: row.event_date,
    eventDatePrecision: row.event_date_precision,
    status: row.status,
    reportId: row.report_id,
    reportTitle: row.report_title,
    reportOutlet: row.report_outlet,
    reportUrl: row.report_url,
    reportPublishedOn: row.report_published_on,
    verdict: row.verdict,
    verdictRationale: row.verdict_rationale,
    verdictDecidedAt: row.verdict_decided_at ? new Date(row.verdict_decided_at) : null,
    verdictDecidedBy: row.verdict_decided_by,
  };
}

function extrasOf(row: BatchRow): ClaimExtras {
  return {
    ratings: Array.from((row.grades ?? "").matchAll(/([A-F])([1-6])/g), ([, grade, number]) => ({
      reliability: grade as ReliabilityGrade,
      credibility: Number(number),
    })),
    evidence: row.evidence ?? [],
    contradictedBy: row.contradicted_by ?? [],
    entities: row.entities ?? [],
    sources: row.sources ?? [],
  };
}

/** The first batch is small, so the first claims go out while the rest are read. */
export const FIRST_BATCH_SIZE = 100;

/**
 * The selection's claims, batch by batch, in report then claim order, up to
 * `limit` claims. One batch is read ahead while the caller writes the
 * current one, so the database and the formatting overlap; at most two
 * batches are in memory. Stop iterating to stop reading.
 */
export async function* exportClaimBatches(
  actor: User,
  resolved: ResolvedSelection,
  options: { publicUrl: string; batchSize?: number; limit?: number },
): AsyncGenerator<ExportClaim[]> {
  assertRole(actor, "editor");
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const words = exportWordsOf(actor);
  // an export may trail the primary by a moment; it reads many rows, so the replica takes them
  const db = await getReadDb(actor.id);
  let remaining = options.limit ?? Number.POSITIVE_INFINITY;
  const read = (after: { reportId: number; claimId: number } | null, size: number) => {
    const wanted = Math.min(size, remaining);
    remaining -= wanted;
    return batchOfClaims(db, resolved, after, wanted).then(({ rows }) => ({ rows, wanted }));
  };
  let next: ReturnType<typeof read> | null = read(null, Math.min(FIRST_BATCH_SIZE, batchSize));
  try {
    while (next) {
      const { rows, wanted } = await next;
      next = null;
      if (rows.length === 0) return;
      const last = rows.at(-1)!;
      if (rows.length === wanted && remaining > 0) {
        next = read({ reportId: last.report_id, claimId: last.id }, batchSize);
      }
      yield rows.map((row) =>
        toExportClaim(toClaimRow(row), extrasOf(row), options.publicUrl, words),
      );
    }
  } finally {
    // a reader that stopped early leaves the read-ahead batch to finish unseen
    next?.catch(() => undefined);
  }
}
