import "server-only";
import { createHash } from "node:crypto";

/**
 * Walks the audit trail's hash chain in id order and recomputes every row's
 * digest twice: in the database (the same `audit_event_digest` the insert
 * trigger used, so verification and writing can never disagree on
 * serialisation) and here, from the row's columns as PostgreSQL's built-in
 * casts spell them (the definition in db/migrations/0001). The second is
 * what a rewrite cannot talk its way past: whoever can rewrite a row may own
 * the table, and so may redefine `audit_event_digest` to agree with it.
 */

type Queryable = {
  query: <R extends Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ) => Promise<{ rows: R[] }>;
};

export const GENESIS_HASH = "0".repeat(64);

/**
 * Why the chain breaks at an event: its link to the one before, its own
 * content, or the exported head it was held to. `reason` is the English
 * the command line prints; the audit page words `kind` in the reader's
 * language.
 */
export type ChainBreakKind = "previous_hash" | "content" | "head_differs" | "head_missing";

export type ChainBreak = {
  eventId: number;
  kind: ChainBreakKind;
  /** the event before it, for "previous_hash" (0: the start of the trail) */
  previousId?: number;
  reason: string;
};

export type ChainVerification = {
  intact: boolean;
  /** events checked */
  checked: number;
  /** the last event that verified, 0 when none did */
  intactThroughId: number;
  /** hash of that event: keep it outside the database to prove later that nothing before it changed */
  headHash: string;
  firstBreak: ChainBreak | null;
};

type ChainRow = {
  id: string;
  prev_hash: string;
  hash: string;
  recomputed: string;
  /** what the digest covers, as text (see digestedText) */
  digested: string;
};

/**
 * The row's columns as `audit_event_digest` puts them into its digest, as
 * one text: timestamps in microseconds since the epoch, jsonb in its
 * canonical form, absent values as '' (or 'null' for jsonb), joined by the
 * unit separator. Spelled by PostgreSQL's built-in casts, which the table's
 * owner cannot redefine; hashed here.
 */
const digestedText = `concat_ws(chr(31),
  a.id::text,
  ((extract(epoch from a.occurred_at) * 1000000)::bigint)::text,
  coalesce(a.actor_id::text, ''),
  a.action,
  a.entity_type,
  coalesce(a.entity_id, ''),
  coalesce(a.before::text, 'null'),
  coalesce(a.after::text, 'null'),
  coalesce(a.request_id, ''),
  a.prev_hash)`;

function digestOf(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export async function verifyAuditChain(
  db: Queryable,
  options: {
    batchSize?: number;
    onProgress?: (checked: number, total: number) => void;
    /** a head exported earlier: the chain must contain exactly this hash at this id */
    expectedHead?: { eventId: number; hash: string };
    /** stops the walk between batches (the person closed the page) */
    signal?: AbortSignal;
  } = {},
): Promise<ChainVerification> {
  const batchSize = options.batchSize ?? 20_000;
  const { rows: countRows } = await db.query<{ total: string }>(
    "select count(*)::text as total from audit_events",
  );
  const total = Number(countRows[0]?.total ?? 0);

  let previousHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  let expectedHeadSeen = false;
  const result = (firstBreak: ChainBreak | null): ChainVerification => ({
    intact: firstBreak === null,
    checked,
    intactThroughId: lastId,
    headHash: lastId === 0 ? GENESIS_HASH : previousHash,
    firstBreak,
  });

  const batchAfter = (id: number) => {
    const batch = db.query<ChainRow>(
      `select a.id::text as id, a.prev_hash, a.hash, audit_event_digest(a) as recomputed,
              ${digestedText} as digested
         from audit_events a where a.id > $1 order by a.id limit $2`,
      [id, batchSize],
    );
    batch.catch(() => {}); // a batch read ahead and never awaited (the walk stopped) fails quietly
    return batch;
  };

  let nextBatch = batchAfter(0);
  for (;;) {
    options.signal?.throwIfAborted();
    const { rows } = await nextBatch;
    // the database reads the next batch while this one is hashed here
    if (rows.length === batchSize) nextBatch = batchAfter(Number(rows.at(-1)!.id));
    for (const row of rows) {
      const id = Number(row.id);
      if (row.prev_hash !== previousHash) {
        return result({
          eventId: id,
          kind: "previous_hash",
          previousId: lastId,
          reason: `its previous-hash does not match event ${lastId || "(start)"}: a row before it was removed, inserted or rewritten`,
        });
      }
      if (row.recomputed !== row.hash || digestOf(row.digested) !== row.hash) {
        return result({
          eventId: id,
          kind: "content",
          reason: "its content does not match its hash: the row was altered",
        });
      }
      if (options.expectedHead && id === options.expectedHead.eventId) {
        if (row.hash !== options.expectedHead.hash) {
          return result({
            eventId: id,
            kind: "head_differs",
            reason: "its hash differs from the exported head: history up to it was rewritten",
          });
        }
        expectedHeadSeen = true;
      }
      previousHash = row.hash;
      lastId = id;
      checked++;
    }
    options.onProgress?.(checked, total);
    if (rows.length < batchSize) break;
  }

  if (options.expectedHead && !expectedHeadSeen) {
    return result({
      eventId: options.expectedHead.eventId,
      kind: "head_missing",
      reason: "the exported head event is missing from the trail",
    });
  }
  return result(null);
}
