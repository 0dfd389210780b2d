/**
 * A small desk of its own for an attack spec, written straight to the
 * database: accounts of each role, a report with text imported by reviewer A
 * (its second text version, after a draft), claims by reviewer A with A's evidence,
 * comment, link and rating, a notification for A, a claim with an editor's
 * verdict, an editor's API token, accounts for an admin to act on. Every
 * action then has real ids to aim at, so a refusal is the role check's doing
 * and not a validation error's. `footprint` (./scene-footprint.ts) reads back
 * every row any action could change here, to prove a refused call changed none.
 *
 * Names avoid the words other specs look for ("Report", "Claims"), since
 * every spec shares the e2e desk.
 */
import { createHash, randomBytes } from "node:crypto";
import { suggestionKey } from "../../lib/suggestions/key";
import { createAccount, withDeskDatabase } from "../support/desk";
import { uniqueTag, type Account } from "./support";

const sentences = {
  claimed: "The minister said the northern bridge reopened to traffic on Monday morning.",
  other: "Officials later confirmed that the bridge carried heavy lorries again.",
  suggested: "Residents reported long queues at the checkpoint near the river crossing.",
  dismissed: "A spokesman declined to say when the southern road would be repaired.",
  split: "Engineers said the southern road would stay closed for several weeks.",
};

export type Scene = Awaited<ReturnType<typeof createScene>>;

export async function createScene() {
  const tag = uniqueTag();
  const roleOf = {
    reviewerA: "reviewer",
    reviewerB: "reviewer",
    editor: "editor",
    admin: "admin",
    target: "reviewer",
    deactivatee: "reviewer",
    invitee: "reviewer",
  } as const;
  const made = await Promise.all(
    Object.entries(roleOf).map(async ([name, role]) => [name, await createAccount(role)] as const),
  );
  const accounts = Object.fromEntries(made) as Record<keyof typeof roleOf, Account>;
  const { reviewerA, editor, admin, invitee } = accounts;
  const fullText = [
    `Attack scene ${tag}.`,
    sentences.claimed,
    sentences.other,
    sentences.suggested,
    sentences.dismissed,
    sentences.split,
  ].join("\n\n");

  const ids = await withDeskDatabase(async (db) => {
    const one = async <T>(sql: string, values: unknown[]) =>
      (await db.query(sql, values)).rows[0] as T;
    // an invitee has no password yet, and an open invite link
    await db.query("update users set password_hash = null where id = $1", [invitee.id]);
    await db.query(
      `insert into account_tokens (user_id, purpose, token_hash, expires_at, created_by)
       values ($1, 'invite', $2, now() + interval '3 days', $3)`,
      [invitee.id, randomHash(), admin.id],
    );
    const contentHash = randomHash();
    const report = await one<{ id: number }>(
      `insert into reports (title, language, full_text, content_hash, imported_by)
       values ($1, 'en', $2, $3, $4) returning id`,
      [`Attack scene ${tag}`, fullText, contentHash, reviewerA.id],
    );
    // an earlier draft, then the text the report has now
    await db.query(
      `insert into report_text_versions (report_id, number, full_text, content_hash, set_by)
       values ($1, 1, $2, $3, $4), ($1, 2, $5, $6, $4)`,
      [
        report.id,
        `Draft ${tag}.\n\n${sentences.claimed}`,
        randomHash(),
        reviewerA.id,
        fullText,
        contentHash,
      ],
    );
    const claimOf = async (sentence: string, statement: string, by: Account) => {
      const start = fullText.indexOf(sentence);
      return one<{ id: number }>(
        `insert into claims (report_id, statement, quote, quote_language, anchor_exact,
                             anchor_start, anchor_end, anchor_state, created_by)
         values ($1, $2, $3, 'en', $3, $4, $5, 'anchored', $6) returning id`,
        [report.id, statement, sentence, start, start + sentence.length, by.id],
      );
    };
    const claim = await claimOf(
      sentences.claimed,
      `The northern bridge reopened ${tag}`,
      reviewerA,
    );
    const otherClaim = await claimOf(
      sentences.other,
      `The bridge carries lorries ${tag}`,
      reviewerA,
    );
    const decidedClaim = await claimOf(
      sentences.suggested,
      `Queues at the checkpoint ${tag}`,
      reviewerA,
    );
    // reviewer A's assignments (one on each open claim), and a claim whose grades split
    const assignmentOf = (claimId: number) =>
      one<{ id: number }>(
        `insert into claim_assignments (claim_id, assignee_id, assigned_by, note)
         values ($1, $2, $3, 'check the ministry site') returning id`,
        [claimId, reviewerA.id, editor.id],
      );
    const assignment = await assignmentOf(claim.id);
    const secondAssignment = await assignmentOf(otherClaim.id);
    const splitClaim = await claimOf(
      sentences.split,
      `The southern road stays shut ${tag}`,
      reviewerA,
    );
    const splitAssignment = await assignmentOf(splitClaim.id);
    for (const [rater, reliability, credibility] of [
      [accounts.reviewerB, "A", 1],
      [editor, "E", 5],
      [admin, "C", 3],
    ] as const) {
      await db.query(
        `insert into ratings (claim_id, reviewer_id, reliability, credibility) values ($1, $2, $3, $4)`,
        [splitClaim.id, rater.id, reliability, credibility],
      );
    }
    const evidence = await one<{ id: number }>(
      `insert into evidence (claim_id, url, title, stance, added_by)
       values ($1, 'https://example.org/bridge', 'Ministry statement', 'supports', $2) returning id`,
      [claim.id, reviewerA.id],
    );
    const comment = await one<{ id: number }>(
      `insert into comments (claim_id, author_id, body) values ($1, $2, 'Checked the ministry site.')
       returning id`,
      [claim.id, reviewerA.id],
    );
    const relation = await one<{ id: number }>(
      `insert into claim_relations (from_claim_id, to_claim_id, kind, created_by)
       values ($1, $2, 'corroborates', $3) returning id`,
      [claim.id, otherClaim.id, reviewerA.id],
    );
    const entity = await one<{ id: number }>(
      `insert into entities (name, kind) values ($1, 'organisation') returning id`,
      [`Bridge Authority ${tag}`],
    );
    await db.query("insert into claim_entities (claim_id, entity_id) values ($1, $2)", [
      claim.id,
      entity.id,
    ]);
    // sources: one the claim rests on (with a host), one to merge into it
    const source = await one<{ id: number }>(
      `insert into entities (name, kind) values ($1, 'outlet') returning id`,
      [`Bridge Gazette ${tag}`],
    );
    const otherSource = await one<{ id: number }>(
      `insert into entities (name, kind) values ($1, 'outlet') returning id`,
      [`The Bridge Gazette ${tag}`],
    );
    await db.query("insert into claim_sources (claim_id, source_id) values ($1, $2)", [
      claim.id,
      source.id,
    ]);
    await db.query("insert into claim_sources (claim_id, source_id) values ($1, $2)", [
      otherClaim.id,
      otherSource.id,
    ]);
    const rating = await one<{ id: number }>(
      `insert into ratings (claim_id, reviewer_id, reliability, credibility, note)
       values ($1, $2, 'B', 2, 'A''s own rating') returning id`,
      [claim.id, reviewerA.id],
    );
    await db.query(
      `insert into verdicts (claim_id, verdict, rationale, decided_by)
       values ($1, 'verified', 'Two independent sources agree.', $2)`,
      [decidedClaim.id, editor.id],
    );
    const apiToken = await one<{ id: string }>(
      `insert into api_tokens (user_id, name, token_hash) values ($1, $2, $3) returning id`,
      [editor.id, `Scene token ${tag}`, randomHash()],
    );
    await db.query(
      `insert into suggestion_dismissals (report_id, suggestion_key, sentence, dismissed_by)
       values ($1, $2, $3, $4)`,
      [report.id, suggestionKey(sentences.dismissed), sentences.dismissed, reviewerA.id],
    );
    // reviewer A was told of B's comment: only A may open or mark it
    const notification = await one<{ id: number }>(
      `insert into notifications (recipient_id, kind, claim_id, comment_id, actor_id)
       values ($1, 'watched_comment', $2, $3, $4) returning id`,
      [reviewerA.id, claim.id, comment.id, accounts.reviewerB.id],
    );
    return {
      // a bigint column: pg hands it over as text
      notificationId: Number(notification.id),
      // bigint columns too
      assignmentId: Number(assignment.id),
      secondAssignmentId: Number(secondAssignment.id),
      splitClaimId: splitClaim.id,
      splitAssignmentId: Number(splitAssignment.id),
      reportId: report.id,
      claimId: claim.id,
      otherClaimId: otherClaim.id,
      decidedClaimId: decidedClaim.id,
      evidenceId: evidence.id,
      commentId: comment.id,
      relationId: relation.id,
      entityId: entity.id,
      sourceId: source.id,
      otherSourceId: otherSource.id,
      ratingId: rating.id,
      apiTokenId: apiToken.id,
    };
  });

  return {
    tag,
    accounts,
    ...ids,
    quotes: sentences,
    suggestionToDismiss: suggestionKey(sentences.suggested),
    dismissedSuggestion: suggestionKey(sentences.dismissed),
  };
}

function randomHash() {
  return createHash("sha256").update(randomBytes(32)).digest("hex");
}
