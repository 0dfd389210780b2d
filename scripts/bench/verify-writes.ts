/**
 * After a write scenario: did every write leave its audit event? Each rating
 * or comment written since the mark must have its event (same claim, same
 * person; for comments the comment's id), every "create" event its new row,
 * and the events must number the writes the server accepted, give or take
 * the requests still in flight when the load generator stopped (they are
 * cut off on the client side but finish on the server).
 */
import pg from "pg";

export type WriteMark = { since: string; lastAuditId: number; lastCommentId: number };

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const one = async (client: pg.Client, sql: string, params: unknown[]) =>
  Number((await client.query<{ n: string }>(sql, params)).rows[0]!.n);

export function markWrites(ownerUrl: string): Promise<WriteMark> {
  return withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ since: string; audit: string; comment: string }>(
      `select now()::text as since,
              (select coalesce(max(id), 0) from audit_events)::text as audit,
              (select coalesce(max(id), 0) from comments)::text as comment`,
    );
    const row = rows[0]!;
    return { since: row.since, lastAuditId: Number(row.audit), lastCommentId: Number(row.comment) };
  });
}

/** What the database shows of the writes since `mark`. */
async function countWrites(client: pg.Client, kind: "rating" | "comment", mark: WriteMark) {
  if (kind === "rating") {
    const events = await one(
      client,
      "select count(*) as n from audit_events where id > $1 and action in ('rating.create', 'rating.update')",
      [mark.lastAuditId],
    );
    const creates = await one(
      client,
      "select count(*) as n from audit_events where id > $1 and action = 'rating.create'",
      [mark.lastAuditId],
    );
    const newRows = await one(client, "select count(*) as n from ratings where created_at >= $1", [
      mark.since,
    ]);
    const unaudited = await one(
      client,
      `select count(*) as n from ratings r where r.updated_at >= $1 and not exists (
         select 1 from audit_events a where a.entity_type = 'claim' and a.entity_id = r.claim_id::text
           and a.id > $2 and a.action in ('rating.create', 'rating.update') and a.actor_id = r.reviewer_id)`,
      [mark.since, mark.lastAuditId],
    );
    return { events, creates, newRows, unaudited };
  }
  const events = await one(
    client,
    "select count(*) as n from audit_events where id > $1 and action = 'comment.create'",
    [mark.lastAuditId],
  );
  const newRows = await one(client, "select count(*) as n from comments where id > $1", [
    mark.lastCommentId,
  ]);
  const unaudited = await one(
    client,
    `select count(*) as n from comments c where c.id > $1 and not exists (
       select 1 from audit_events a where a.entity_type = 'claim' and a.entity_id = c.claim_id::text
         and a.id > $2 and a.action = 'comment.create' and (a.after ->> 'commentId')::int = c.id)`,
    [mark.lastCommentId, mark.lastAuditId],
  );
  return { events, creates: events, newRows, unaudited };
}

export async function verifyWrites(options: {
  ownerUrl: string;
  kind: "rating" | "comment";
  mark: WriteMark;
  accepted: number;
  /** writes that may have finished on the server after the client stopped waiting */
  inFlight: number;
}): Promise<{ line: string; mismatch: number }> {
  const { kind, mark } = options;
  const counts = await withClient(options.ownerUrl, async (client) => {
    // one snapshot for every count: a write still finishing when the load
    // stopped must be seen by all of them or by none (it commits its row and
    // its event together, but between two autocommit queries it would count
    // as a row without an event)
    await client.query("begin isolation level repeatable read read only");
    try {
      return await countWrites(client, kind, mark);
    } finally {
      await client.query("rollback");
    }
  });
  const { events, creates, newRows, unaudited } = counts;
  const tooFew = Math.max(0, options.accepted - events);
  const tooMany = Math.max(0, events - options.accepted - options.inFlight);
  const mismatch = unaudited + Math.abs(creates - newRows) + tooFew + tooMany;
  const line =
    `${options.accepted} ${kind} writes answered as saved (warm-up included), ${events} audit events ` +
    `(${creates} creating a row), ${newRows} new rows, ${unaudited} rows without their event` +
    (mismatch ? ` — MISMATCH by ${mismatch}` : ": every write has its audit event");
  return { line, mismatch };
}
