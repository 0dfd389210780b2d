/**
 * Every write a run sends, what the app answered, and afterwards what the
 * database holds. Each write carries a token of its own (a rating's note, an
 * evidence link's address, a comment's body), so it can be found in its table
 * and in the audit trail (the event's `after` holds the same values).
 *
 * A write the app acknowledged ("success") must be in the database with
 * exactly one audit event. Whatever else happened to it, a write is whole
 * (row and audit event) or absent: never a row without its event.
 */
import type pg from "pg";
import { verifyAuditChain, type ChainVerification } from "@/lib/audit/chain";
import english from "@/lib/i18n/messages/en";
import type { ActionOutcome } from "./desk-http";

/** The form's "try again": the fault runs' accounts read the desk in English. */
export const CONNECTION_INTERRUPTED_MESSAGE = english.errors.connectionInterrupted;

export type WriteKind = "rating" | "evidence" | "comment";

export type DeskWrite = {
  kind: WriteKind;
  reviewerId: string;
  claimId: number;
  token: string;
  outcome?: ActionOutcome;
};

/**
 * acknowledged: the action said success. retryable: the "connection was
 * interrupted, try again" message. refused: another form message (a rule).
 * server-error: 5xx. no-answer: the request failed before an answer.
 */
export type Verdict = "acknowledged" | "retryable" | "refused" | "server-error" | "no-answer";

export function verdictOf(outcome: ActionOutcome | undefined): Verdict {
  if (!outcome || outcome.httpStatus === 0) return "no-answer";
  if (outcome.httpStatus >= 500) return "server-error";
  if (outcome.result?.status === "success") return "acknowledged";
  if (outcome.result?.message === CONNECTION_INTERRUPTED_MESSAGE) return "retryable";
  return "refused";
}

export class WriteLedger {
  readonly writes: DeskWrite[] = [];
  private counter = 0;

  /** `tag` must be unique to the run: tokens start with it. */
  constructor(readonly tag: string) {}

  /** A new write and the form fields that carry it. */
  next(
    kind: WriteKind,
    reviewerId: string,
    claimId: number,
  ): { write: DeskWrite; fields: Record<string, string> } {
    const n = ++this.counter;
    const token =
      kind === "evidence"
        ? `https://evidence.example/${this.tag}/${n}`
        : `${this.tag}-${kind}-${n}`;
    const write: DeskWrite = { kind, reviewerId, claimId, token };
    this.writes.push(write);
    const claim = String(claimId);
    const fields: Record<string, string> =
      kind === "rating"
        ? {
            claimId: claim,
            reliability: "ABCDEF"[n % 6]!,
            credibility: String((n % 6) + 1),
            note: token,
          }
        : kind === "evidence"
          ? {
              claimId: claim,
              url: token,
              title: `Source ${n} for ${this.tag}`,
              outlet: "",
              publishedOn: "",
              archiveUrl: "",
              stance: ["supports", "contradicts", "context"][n % 3]!,
              quote: "",
            }
          : { claimId: claim, parentId: "", body: token };
    return { write, fields };
  }

  count(verdict: Verdict, kind?: WriteKind) {
    return this.writes.filter((w) => verdictOf(w.outcome) === verdict && (!kind || w.kind === kind))
      .length;
  }
}

export type LedgerCheck = {
  sent: number;
  byVerdict: Record<Verdict, number>;
  /** acknowledged writes missing from their table, or without exactly one audit event */
  lost: string[];
  /** rows of this run without exactly one audit event, or events without their row */
  partial: string[];
  /** writes not acknowledged that were committed anyway (the answer was lost, not the write) */
  committedUnacknowledged: number;
  /** reviewer/claim pairs with more than one rating row */
  duplicateRatings: number;
  chain: ChainVerification;
};

/** Compares the ledger with what the database holds. `client` is a superuser connection. */
export async function checkLedger(client: pg.Client, ledger: WriteLedger): Promise<LedgerCheck> {
  const like = `%${ledger.tag}%`;
  const ratingRows = await client.query<{ reviewer_id: string; claim_id: number; note: string }>(
    "select reviewer_id, claim_id, note from ratings where note like $1",
    [like],
  );
  const ratingEvents = await client.query<{ note: string; events: number }>(
    `select after->>'note' as note, count(*)::int as events from audit_events
      where action in ('rating.create', 'rating.update') and after->>'note' like $1 group by 1`,
    [like],
  );
  const evidenceRows = await client.query<{ id: number; url: string; events: number }>(
    `select e.id, e.url, (select count(*)::int from audit_events a
        where a.action = 'evidence.add' and a.after->>'evidenceId' = e.id::text) as events
       from evidence e where e.url like $1`,
    [like],
  );
  const commentRows = await client.query<{ id: number; body: string; events: number }>(
    `select c.id, c.body, (select count(*)::int from audit_events a
        where a.action = 'comment.create' and a.after->>'commentId' = c.id::text) as events
       from comments c where c.body like $1`,
    [like],
  );
  const orphanEvents = await client.query<{ action: string; id: string }>(
    `select a.action, a.id::text from audit_events a
      where (a.action = 'evidence.add' and a.after->>'url' like $1
             and not exists (select 1 from evidence e where e.id::text = a.after->>'evidenceId'))
         or (a.action = 'comment.create' and a.after->>'body' like $1
             and not exists (select 1 from comments c where c.id::text = a.after->>'commentId'))`,
    [like],
  );
  const duplicates = await client.query<{ n: number }>(
    `select count(*)::int as n from (select 1 from ratings group by claim_id, reviewer_id
       having count(*) > 1) d`,
  );

  const eventsByNote = new Map(ratingEvents.rows.map((r) => [r.note, r.events]));
  const ratingPairs = new Map(ratingRows.rows.map((r) => [`${r.reviewer_id}/${r.claim_id}`, r]));
  const evidenceByUrl = groupBy(evidenceRows.rows, (r) => r.url);
  const commentsByBody = groupBy(commentRows.rows, (r) => r.body);

  const lost: string[] = [];
  const partial: string[] = [];
  let committedUnacknowledged = 0;
  for (const write of ledger.writes) {
    const acknowledged = verdictOf(write.outcome) === "acknowledged";
    let committed: boolean;
    let problem: string | null = null;
    if (write.kind === "rating") {
      const events = eventsByNote.get(write.token) ?? 0;
      committed = events > 0;
      if (acknowledged && events !== 1) problem = `${events} audit events`;
      if (acknowledged && !ratingPairs.has(`${write.reviewerId}/${write.claimId}`)) {
        problem = "no rating row";
      }
    } else {
      const rows = (write.kind === "evidence" ? evidenceByUrl : commentsByBody).get(write.token);
      committed = (rows?.length ?? 0) > 0;
      if (acknowledged && rows?.length !== 1) problem = `${rows?.length ?? 0} rows`;
      else if (acknowledged && rows![0]!.events !== 1) problem = `${rows![0]!.events} audit events`;
    }
    if (problem) lost.push(`${write.kind} ${write.token}: acknowledged, but ${problem}`);
    if (!acknowledged && committed) committedUnacknowledged++;
  }

  // whole or absent, counted over the rows, whatever the app answered
  for (const row of ratingRows.rows) {
    if ((eventsByNote.get(row.note) ?? 0) === 0)
      partial.push(`rating ${row.note} without audit event`);
  }
  for (const row of [...evidenceRows.rows, ...commentRows.rows]) {
    if (row.events !== 1)
      partial.push(`row ${"url" in row ? row.url : row.body} with ${row.events} audit events`);
  }
  for (const event of orphanEvents.rows)
    partial.push(`${event.action} event ${event.id} without its row`);

  const byVerdict: Record<Verdict, number> = {
    acknowledged: 0,
    retryable: 0,
    refused: 0,
    "server-error": 0,
    "no-answer": 0,
  };
  for (const write of ledger.writes) byVerdict[verdictOf(write.outcome)]++;

  return {
    sent: ledger.writes.length,
    byVerdict,
    lost,
    partial,
    committedUnacknowledged,
    duplicateRatings: duplicates.rows[0]?.n ?? 0,
    chain: await verifyAuditChain(client),
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push(row);
    groups.set(key(row), list);
  }
  return groups;
}
