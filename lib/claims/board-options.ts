import "server-only";
import { asc, eq, exists, sql, type SQLWrapper } from "drizzle-orm";
import { getDb } from "@/db";
import { ratings, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { listSourcesOfClaims } from "@/lib/sources/list";
import { selectionOptionQueries } from "./selection-options";

/**
 * What the filters offer: every report, every entity and every source that
 * has a claim, and everyone who has rated. One statement: each list is its
 * query's rows as a JSON array, in its order.
 */
export async function listBoardFilterOptions(actor: User) {
  assertRole(actor, "reviewer");
  const db = getDb();
  const selection = selectionOptionQueries(db);
  // who rated is shown on every card's history; what they gave is not
  const reviewers = db
    .select({ id: users.id, name: sql<string>`${users.displayName}`.as("name") })
    .from(users)
    .where(
      exists(
        db
          .select({ one: sql`1` })
          .from(ratings)
          .where(eq(ratings.reviewerId, users.id)),
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id));
  const sources = listSourcesOfClaims(db);
  const { rows } = await db.execute<{
    reports: Awaited<typeof selection.reports>;
    entities: Awaited<typeof selection.entities>;
    sources: Awaited<typeof sources>;
    reviewers: Awaited<typeof reviewers>;
  }>(sql`select ${jsonRows(selection.reports)} as reports,
    ${jsonRows(selection.entities)} as entities,
    ${jsonRows(sources)} as sources,
    ${jsonRows(reviewers)} as reviewers`);
  const { reports, entities, sources: sourceOptions, reviewers: raters } = rows[0]!;
  return { reports, entities, sources: sourceOptions, reviewers: raters };
}

/** A query's rows as one JSON array (keys: its columns' names), in the query's order. */
function jsonRows(query: SQLWrapper) {
  return sql`coalesce((select json_agg(listed) from ${query} as listed), '[]'::json)`;
}

export type BoardFilterOptions = Awaited<ReturnType<typeof listBoardFilterOptions>>;
