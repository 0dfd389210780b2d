/**
 * Query plans of the requests the bench recorded: EXPLAIN (ANALYZE, BUFFERS)
 * of every SELECT, each inside a transaction that is rolled back. A claim
 * page reads one claim; a Seq Scan there on ratings, comments or
 * audit_events means a missing index, which the run reports as a failure.
 * The connection starts with the app's planner settings, so the plans are
 * the ones the app gets.
 */
import pg from "pg";
import { connectionOptions } from "@/db/planner-settings";
import { replayValue, type CapturedQuery } from "./sql-capture";

/** Tables that grow with the desk and must be reached through an index for one claim. */
export const largeTables = ["ratings", "comments", "audit_events"];

export type ExplainedQuery = { text: string; plan: string; seqScans: string[] };

export async function explainQueries(
  url: string,
  queries: CapturedQuery[],
): Promise<ExplainedQuery[]> {
  const client = new pg.Client({ connectionString: url, options: connectionOptions(url) });
  await client.connect();
  try {
    const explained: ExplainedQuery[] = [];
    for (const query of queries) {
      if (!/^\s*(select|with)\b/i.test(query.text)) continue;
      await client.query("begin");
      try {
        const { rows } = await client.query<{ "QUERY PLAN": string }>(
          `explain (analyze, buffers) ${query.text}`,
          query.values.map(replayValue),
        );
        const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
        const seqScans = [...plan.matchAll(/Seq Scan on (\w+)/g)]
          .map((match) => match[1]!)
          .filter((table) => largeTables.includes(table));
        explained.push({ text: query.text, plan, seqScans });
      } finally {
        await client.query("rollback");
      }
    }
    return explained;
  } finally {
    await client.end();
  }
}

export function formatExplained(title: string, explained: ExplainedQuery[]): string {
  const lines = [`=== ${title}: ${explained.length} queries (those already shown left out)`];
  explained.forEach((query, i) => {
    lines.push(`--- ${i + 1}. ${query.text.replace(/\s+/g, " ").slice(0, 300)}`);
    lines.push(query.plan);
  });
  return lines.join("\n");
}

/**
 * Explains the single-claim requests and reports any Seq Scan on a large
 * table; prints the plans of `print`, each query once (the board's paths
 * share their user, report and entity lookups).
 */
export async function checkPlans(options: {
  appUrl: string;
  singleClaim: CapturedQuery[][];
  print: Array<[string, CapturedQuery[]]>;
  title: string;
}): Promise<{ checked: number; seqScans: string[] }> {
  const explained = (
    await Promise.all(options.singleClaim.map((queries) => explainQueries(options.appUrl, queries)))
  ).flat();
  const printed = new Set<string>();
  const key = (query: CapturedQuery) => JSON.stringify([query.text, query.values]);
  for (const [label, queries] of options.print) {
    const fresh = queries.filter((query) => !printed.has(key(query)));
    fresh.forEach((query) => printed.add(key(query)));
    if (fresh.length === 0) continue;
    console.log(
      formatExplained(`${label} (${options.title})`, await explainQueries(options.appUrl, fresh)),
    );
  }
  const seqScans = [...new Set(explained.flatMap((query) => query.seqScans))].map(
    (table) => `Seq Scan on ${table} for one claim`,
  );
  return { checked: explained.length, seqScans };
}
