import "server-only";
import { asc, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import {
  claimSources,
  claims,
  entities,
  evidence,
  evidenceSources,
  reportSources,
  reports,
  sourceHosts,
  type User,
} from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { standingVerdict } from "@/lib/claims/selection";
import { isSourceKind } from "./kinds";
import { mayEditSource, mayMergeSources } from "./permissions";
import { readSourceRecords } from "./record";

/** How many claims and evidence links the page lists; the board has every claim. */
export const SOURCE_PAGE_LIST_LIMIT = 100;

/**
 * Everything a source's page shows: the source and its hosts, its record
 * (lib/sources/record.ts, with the letters blind-first lets `actor` see),
 * the claims resting on it with status and verdict, the evidence links from
 * it and the reports it published, and what `actor` may change. A source
 * merged into another answers with the kept one's id, for a redirect.
 */
export async function getSourcePage(actor: User, sourceId: number) {
  assertRole(actor, "reviewer");
  const db = getDb();
  const [source] = await db.select().from(entities).where(eq(entities.id, sourceId));
  if (!source || !isSourceKind(source.kind)) return null;
  if (source.mergedIntoId) return { mergedInto: source.mergedIntoId } as const;

  const [hosts, [record], restingClaims, fromEvidence, published, others] = await Promise.all([
    db
      .select({ host: sourceHosts.host })
      .from(sourceHosts)
      .where(eq(sourceHosts.sourceId, sourceId))
      .orderBy(asc(sourceHosts.host)),
    readSourceRecords(actor, [sourceId]),
    db
      .select({
        id: claims.id,
        statement: claims.statement,
        status: claims.status,
        verdict: standingVerdict,
        reportTitle: reports.title,
      })
      .from(claimSources)
      .innerJoin(claims, eq(claims.id, claimSources.claimId))
      .innerJoin(reports, eq(reports.id, claims.reportId))
      .where(eq(claimSources.sourceId, sourceId))
      .orderBy(desc(claims.createdAt), desc(claims.id))
      .limit(SOURCE_PAGE_LIST_LIMIT),
    db
      .select({
        id: evidence.id,
        url: evidence.url,
        title: evidence.title,
        stance: evidence.stance,
        retracted: isNull(evidence.retractedAt).mapWith((live: boolean) => !live),
        claimId: evidence.claimId,
      })
      .from(evidenceSources)
      .innerJoin(evidence, eq(evidence.id, evidenceSources.evidenceId))
      .where(eq(evidenceSources.sourceId, sourceId))
      .orderBy(desc(evidence.createdAt), desc(evidence.id))
      .limit(SOURCE_PAGE_LIST_LIMIT),
    db
      .select({ id: reports.id, title: reports.title, publishedOn: reports.publishedOn })
      .from(reportSources)
      .innerJoin(reports, eq(reports.id, reportSources.reportId))
      .where(eq(reportSources.sourceId, sourceId))
      .orderBy(asc(reports.title), asc(reports.id)),
    // what the merge form offers to keep: every other source not merged away
    mayMergeSources(actor)
      ? db
          .select({ id: entities.id, name: entities.name, kind: entities.kind })
          .from(entities)
          .where(isNull(entities.mergedIntoId))
          .orderBy(asc(entities.name), asc(entities.id))
      : Promise.resolve([]),
  ]);
  return {
    mergedInto: null,
    source: { id: source.id, name: source.name, kind: source.kind, version: source.version },
    hosts: hosts.map((row) => row.host),
    record: record!,
    claims: restingClaims,
    evidence: fromEvidence,
    reports: published,
    mayEdit: mayEditSource(actor),
    mergeChoices: others.filter((other) => other.id !== source.id && isSourceKind(other.kind)),
  };
}

export type SourcePage = NonNullable<
  Exclude<Awaited<ReturnType<typeof getSourcePage>>, { mergedInto: number }>
>;
