import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db";
import type { WatchReason } from "@/db/schema";
import { mailConfigured } from "@/lib/mail/send";
import { MAX_NAMED_RECIPIENTS, NOTIFICATIONS_CHANNEL } from "./bell-channel";
import { NOTIFICATION_EMAIL_TASK, notificationEmailJobKey } from "./email-jobs";
import {
  immediateByDefault,
  type AssignmentKind,
  type DirectKind,
  type WatchedKind,
} from "./kinds";

/**
 * The outbox: what a change to a claim tells people, written by the change's
 * own transaction, so a notification exists exactly when its change
 * committed. One statement does it all, so the write it rides on pays one
 * round trip: the actor starts watching (their first work on the claim), the
 * recipients are chosen (people named directly first, then the claims'
 * watchers; active accounts only; never the actor; one notification per
 * person), the rows are written with each person's email choice, an email job
 * is queued for those who want it at once, and every instance's bells hear
 * whose count changed (delivered only on commit).
 *
 * Rows hold ids and counts, never grades: blind-first holds in the inbox.
 */
export type ClaimNotice = {
  /** null for the desk itself */
  actorId: string | null;
  /** the watchers of these claims hear of it, each once, of the first claim they watch */
  claims: Array<{ claimId: number; detail?: Record<string, unknown> }>;
  /** what the watchers are told; without it only the people named in `direct` hear */
  kind?: WatchedKind;
  commentId?: number | null;
  /** people told directly, on the first claim, ahead of being told as watchers */
  direct?: Array<{ recipientId: string; kind: DirectKind }>;
  /** the actor starts watching the first claim, for this reason, unless they chose already */
  watchAs?: WatchReason;
};

const directRank: Record<DirectKind, number> = {
  // the claim they were working on is closed: that matters more than the verdict's news
  assigned_claim_locked: 0,
  mentioned: 1,
  comment_reply: 2,
};
const WATCHER_RANK = 100;

/** Call inside the change's transaction, before its audit event (which holds the chain's lock). */
export async function notifyClaimChange(tx: Executor, notice: ClaimNotice): Promise<void> {
  const [first] = notice.claims;
  if (!first) return;
  const claims = notice.claims.map((claim, index) => ({
    claim_id: claim.claimId,
    detail: claim.detail ?? {},
    rank: WATCHER_RANK + index,
  }));
  const direct = (notice.direct ?? []).map((person) => ({
    user_id: person.recipientId,
    kind: person.kind,
    rank: directRank[person.kind],
    claim_id: first.claimId,
    detail: first.detail ?? {},
  }));
  await tx.execute(sql`
    with watch as (
      insert into claim_watches (claim_id, user_id, watching, reason)
      select ${first.claimId}, ${notice.actorId}::uuid, true, ${notice.watchAs ?? null}::watch_reason
      where ${notice.actorId}::uuid is not null and ${notice.watchAs ?? null}::watch_reason is not null
      on conflict do nothing
    ),
    candidates as (
      select d.user_id, d.kind, d.rank, d.claim_id, d.detail
      from jsonb_to_recordset(${JSON.stringify(direct)}::jsonb)
        as d(user_id uuid, kind notification_kind, rank int, claim_id int, detail jsonb)
      union all
      select w.user_id, ${notice.kind ?? null}::notification_kind, c.rank, c.claim_id, c.detail
      from jsonb_to_recordset(${JSON.stringify(claims)}::jsonb)
        as c(claim_id int, detail jsonb, rank int)
      join claim_watches w on w.claim_id = c.claim_id and w.watching
      where ${notice.kind ?? null}::notification_kind is not null
    ),
    chosen as (
      select distinct on (candidates.user_id) candidates.*
      from candidates join users u on u.id = candidates.user_id
      where u.active and candidates.user_id is distinct from ${notice.actorId}::uuid
      order by candidates.user_id, candidates.rank
    ),
    ${writeChosen(notice.actorId, notice.commentId ?? null)}
  `);
}

/**
 * The outbox's tail, after a CTE `chosen` (user_id, kind, claim_id, detail)
 * of the people to tell: their rows with each one's email choice, an email
 * job for those who want it at once, and every instance's bells told whose
 * count changed.
 */
function writeChosen(actorId: string | null, commentId: number | null) {
  const immediate = sql.raw(
    `array[${immediateByDefault.map((kind) => `'${kind}'`).join(",")}]::notification_kind[]`,
  );
  return sql`
    inserted as (
      insert into notifications
        (recipient_id, kind, claim_id, comment_id, actor_id, detail, email_delivery)
      select ch.user_id, ch.kind, ch.claim_id, ${commentId}::int,
        ${actorId}::uuid, ch.detail,
        case when ${mailConfigured()} then coalesce(
          p.delivery,
          (case when ch.kind = any(${immediate}) then 'immediate' else 'digest' end)::email_delivery
        ) end
      from chosen ch
      left join notification_preferences p on p.user_id = ch.user_id and p.kind = ch.kind
      returning id, recipient_id, email_delivery
    )
    select
      pg_notify(${NOTIFICATIONS_CHANNEL}, case
        when count(distinct recipient_id) > ${MAX_NAMED_RECIPIENTS} then '{"recipients":"all"}'
        else json_build_object('recipients', json_agg(distinct recipient_id))::text
      end),
      (select count(graphile_worker.add_job(
        ${NOTIFICATION_EMAIL_TASK},
        json_build_object('notificationId', i.id),
        max_attempts := 10,
        job_key := ${notificationEmailJobKey("")} || i.id
      )) from inserted i where i.email_delivery = 'immediate')
    from inserted
    having count(*) > 0`;
}

/** One person told of one claim: an assignment's news, which goes to its assignee alone. */
export type PersonalNotice = {
  recipientId: string;
  claimId: number;
  kind: AssignmentKind;
  detail?: Record<string, unknown>;
};

/**
 * Tells each person of their own claim, one row per person and claim (a bulk
 * assignment of two claims is two notifications: each is a claim to open),
 * never the actor, active accounts only. Call inside the change's
 * transaction, before its audit event.
 */
export async function notifyPeople(
  tx: Executor,
  actorId: string | null,
  notices: readonly PersonalNotice[],
): Promise<void> {
  if (notices.length === 0) return;
  const rows = notices.map((notice) => ({
    user_id: notice.recipientId,
    kind: notice.kind,
    claim_id: notice.claimId,
    detail: notice.detail ?? {},
  }));
  await tx.execute(sql`
    with chosen as (
      select distinct on (n.user_id, n.claim_id) n.user_id, n.kind, n.claim_id, n.detail
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as n(user_id uuid, kind notification_kind, claim_id int, detail jsonb)
      join users u on u.id = n.user_id
      where u.active and n.user_id is distinct from ${actorId}::uuid
      order by n.user_id, n.claim_id
    ),
    ${writeChosen(actorId, null)}
  `);
}
