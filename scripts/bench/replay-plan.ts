/**
 * How the SQL of one captured request is replayed through bare pg: in waves.
 * Queries the server had in flight together (a page's Promise.all) form one
 * wave and run concurrently; a query issued only after everything before it
 * had finished starts the next wave. A connection that opened a transaction
 * keeps its queries on one client, in order.
 */
export type TimedQuery = { lane: number; text: string; start: number; end: number };

export type ReplayPlan<Q extends TimedQuery> = {
  waves: Q[][];
  /** lanes that ran BEGIN: they need a dedicated client */
  transactionLanes: number[];
};

export function planReplay<Q extends TimedQuery>(queries: readonly Q[]): ReplayPlan<Q> {
  const ordered = [...queries].sort((a, b) => a.start - b.start);
  const waves: Q[][] = [];
  let latestEnd = -Infinity;
  for (const query of ordered) {
    if (waves.length === 0 || query.start >= latestEnd) waves.push([query]);
    else waves.at(-1)!.push(query);
    latestEnd = Math.max(latestEnd, query.end);
  }
  const transactionLanes = [
    ...new Set(
      ordered.filter((q) => /^\s*(begin|start transaction)\b/i.test(q.text)).map((q) => q.lane),
    ),
  ];
  return { waves, transactionLanes };
}
