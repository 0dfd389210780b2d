import "server-only";
import { and, asc, count, desc, eq, exists, isNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Database } from "@/db";
import { claimSources, entities, verdicts, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { containing } from "@/lib/text/like";
import { isDeskSource } from "./desk-sources";
import { RECORD_MIN_DECIDED, sourceKinds } from "./kinds";
import { SOURCES_PAGE_SIZE, sourceSorts, type SourceSort } from "./list-params";

export type SourceListFilter = {
  q: string;
  kind: (typeof sourceKinds)[number] | null;
  sort: SourceSort;
  page: number;
};

const filterSchema = z.object({
  q: z
    .string()
    .transform((value) => value.trim().slice(0, 120))
    .catch(""),
  kind: z.enum(sourceKinds).nullable().catch(null),
  sort: z.enum(sourceSorts).catch("claims"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** The list's filter from the URL; what does not parse is dropped. */
export function parseSourceListFilter(
  params: Record<string, string | string[] | undefined>,
): SourceListFilter {
  const first = (name: string) => {
    const value = params[name];
    const one = Array.isArray(value) ? value[0] : value;
    return one === "" ? undefined : one;
  };
  return filterSchema.parse({
    q: first("q"),
    kind: first("kind"),
    sort: first("sort"),
    page: first("page"),
  });
}

/**
 * The desk's sources with their records, one page at a time: claims resting
 * on each, and how many of those reached each standing verdict. Sorted by
 * claims, or by record: the share of decided claims verified (or false or
 * misleading), sources with too few decided claims to judge after those
 * with enough, so "most often false" never leads with one false claim of one.
 */
export async function listSources(actor: User, filter: SourceListFilter) {
  assertRole(actor, "reviewer");
  const db = getDb();
  const tally = db
    .select({
      sourceId: claimSources.sourceId,
      claims: sql<number>`count(*)::int`.as("claims"),
      verified: verdictCount("verified", "verified"),
      false: verdictCount("false", "false_count"),
      misleading: verdictCount("misleading", "misleading"),
      unproven: verdictCount("unproven", "unproven"),
    })
    .from(claimSources)
    .leftJoin(
      verdicts,
      and(eq(verdicts.claimId, claimSources.claimId), isNull(verdicts.reopenedAt)),
    )
    .groupBy(claimSources.sourceId)
    .as("tally");

  const where = and(
    isDeskSource,
    filter.kind ? eq(entities.kind, filter.kind) : undefined,
    filter.q
      ? sql`desk_normalise(${entities.name}) like desk_normalise(${containing(filter.q)})`
      : undefined,
  );
  const claimsOf = sql<number>`coalesce(${tally.claims}, 0)`;
  const decided = sql`(coalesce(${tally.verified}, 0) + coalesce(${tally.false}, 0) + coalesce(${tally.misleading}, 0) + coalesce(${tally.unproven}, 0))`;
  const judged = sql`(${decided} >= ${RECORD_MIN_DECIDED})`;
  const share = (part: SQL) => sql`(${part})::float / nullif(${decided}, 0)`;
  const order: Record<SourceSort, SQL[]> = {
    claims: [desc(claimsOf), asc(entities.name)],
    verified: [
      desc(judged),
      sql`${share(sql`coalesce(${tally.verified}, 0)`)} desc nulls last`,
      desc(claimsOf),
      asc(entities.name),
    ],
    false: [
      desc(judged),
      sql`${share(sql`coalesce(${tally.false}, 0) + coalesce(${tally.misleading}, 0)`)} desc nulls last`,
      desc(claimsOf),
      asc(entities.name),
    ],
    name: [asc(entities.name)],
  };

  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: entities.id,
        name: entities.name,
        kind: entities.kind,
        claims: claimsOf,
        verified: sql<number>`coalesce(${tally.verified}, 0)`,
        false: sql<number>`coalesce(${tally.false}, 0)`,
        misleading: sql<number>`coalesce(${tally.misleading}, 0)`,
        unproven: sql<number>`coalesce(${tally.unproven}, 0)`,
      })
      .from(entities)
      .leftJoin(tally, eq(tally.sourceId, entities.id))
      .where(where)
      .orderBy(...order[filter.sort], asc(entities.id))
      .limit(SOURCES_PAGE_SIZE)
      .offset((filter.page - 1) * SOURCES_PAGE_SIZE),
    db.select({ value: count() }).from(entities).where(where),
  ]);
  const sources = rows.map((row) => {
    const verdictCounts = {
      verified: row.verified,
      false: row.false,
      misleading: row.misleading,
      unproven: row.unproven,
    };
    const decidedClaims = row.verified + row.false + row.misleading + row.unproven;
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      claims: row.claims,
      verdicts: verdictCounts,
      undecided: row.claims - decidedClaims,
    };
  });
  const matching = total?.value ?? 0;
  return {
    sources,
    total: matching,
    pageCount: Math.max(1, Math.ceil(matching / SOURCES_PAGE_SIZE)),
  };
}

function verdictCount(verdict: string, alias: string) {
  return sql<number>`(count(*) filter (where ${verdicts.verdict} = ${verdict}))::int`.as(alias);
}

export type SourceListRow = Awaited<ReturnType<typeof listSources>>["sources"][number];

/** Every source some claim rests on, by name: the board's Source filter offers these. */
export function listSourcesOfClaims(db: Database) {
  return db
    .select({ id: entities.id, name: entities.name, kind: entities.kind })
    .from(entities)
    .where(
      exists(
        db
          .select({ one: sql`1` })
          .from(claimSources)
          .where(eq(claimSources.sourceId, entities.id)),
      ),
    )
    .orderBy(asc(entities.name), asc(entities.id));
}
