import { withDeskDatabase } from "../support/desk";
import type { Scene } from "./scene";

/**
 * Every row of the scene an action could write, and the rows an action
 * would add (found by the scene's tag), as one JSON value: equal before and
 * after a call means the call changed nothing. The audit trail is left out:
 * a refusal is meant to add to it.
 */
export async function footprint(scene: Scene): Promise<unknown> {
  const userIds = Object.values(scene.accounts).map((account) => account.id);
  return withDeskDatabase(async (db) => {
    const { rows } = await db.query(
      `with scene_claims as (select id from claims where report_id = $1)
       select json_build_object(
         'users', (select json_agg(u order by u.id) from (
            select id, email, display_name, role, active, session_version, password_hash
              from users where id = any($2::uuid[]) or email like '%' || $3 || '%') u),
         'first_steps_dismissals', (select json_agg(d order by d.user_id) from (
            select user_id from first_steps_dismissals where user_id = any($2::uuid[])) d),
         'account_tokens', (select json_agg(t order by t.id) from (
            select id, user_id, purpose, expires_at, used_at
              from account_tokens where user_id = any($2::uuid[])) t),
         'api_tokens', (select json_agg(t order by t.id) from (
            select id, name, revoked_at from api_tokens where user_id = any($2::uuid[])) t),
         'reports', (select json_agg(r order by r.id) from (
            select id, title, outlet, url, version, content_hash, full_text from reports
             where id = $1 or title like '%' || $3 || '%') r),
         'report_text_versions', (select json_agg(v order by v.number) from (
            select number, content_hash, set_by from report_text_versions where report_id = $1) v),
         'suggestion_dismissals', (select json_agg(d order by d.suggestion_key) from (
            select suggestion_key, dismissed_by from suggestion_dismissals where report_id = $1) d),
         'claims', (select json_agg(c order by c.id) from (
            select id, statement, attribution, event_date, status, version from claims
             where report_id = $1 or statement like '%' || $3 || '%') c),
         'ratings', (select json_agg(r order by r.id) from (
            select id, reviewer_id, reliability, credibility, note, updated_at from ratings
             where claim_id in (select id from scene_claims)) r),
         'rating_reveals', (select json_agg(r order by r.reviewer_id) from (
            select claim_id, reviewer_id from rating_reveals
             where claim_id in (select id from scene_claims)) r),
         'evidence', (select json_agg(e order by e.id) from (
            select id, title, url, retracted_at, retraction_reason, version from evidence
             where claim_id in (select id from scene_claims)) e),
         'comments', (select json_agg(c order by c.id) from (
            select id, body, version, deleted_at from comments
             where claim_id in (select id from scene_claims)) c),
         'comment_revisions', (select count(*) from comment_revisions
             where comment_id in (select id from comments
                                   where claim_id in (select id from scene_claims))),
         'claim_relations', (select json_agg(r order by r.id) from (
            select id, from_claim_id, to_claim_id, kind, note from claim_relations
             where from_claim_id in (select id from scene_claims)
                or to_claim_id in (select id from scene_claims)) r),
         'claim_pair_dismissals', (select json_agg(d order by d.claim_id, d.other_claim_id, d.kind) from (
            select claim_id, other_claim_id, kind, dismissed_by from claim_pair_dismissals
             where claim_id in (select id from scene_claims)
                or other_claim_id in (select id from scene_claims)) d),
         'claim_entities', (select json_agg(t order by t.claim_id, t.entity_id) from (
            select claim_id, entity_id from claim_entities
             where claim_id in (select id from scene_claims)) t),
         'entities', (select json_agg(e order by e.id) from (
            select id, name, kind, version, merged_into_id from entities
             where name like '%' || $3 || '%') e),
         'claim_sources', (select json_agg(t order by t.claim_id, t.source_id) from (
            select claim_id, source_id from claim_sources
             where claim_id in (select id from scene_claims)) t),
         'report_sources', (select json_agg(r) from (
            select report_id, source_id, version from report_sources where report_id = $1) r),
         'source_hosts', (select json_agg(h order by h.host) from (
            select host, source_id from source_hosts where host like '%' || $3 || '%') h),
         'verdicts', (select json_agg(v order by v.id) from (
            select id, verdict, rationale, reopened_at from verdicts
             where claim_id in (select id from scene_claims)) v),
         'notifications', (select json_agg(n order by n.id) from (
            select id, recipient_id, read_at from notifications
             where recipient_id = any($2::uuid[])) n),
         'claim_watches', (select json_agg(w order by w.claim_id, w.user_id) from (
            select claim_id, user_id, watching, reason from claim_watches
             where claim_id in (select id from scene_claims)) w),
         'claim_assignments', (select json_agg(a order by a.id) from (
            select id, claim_id, assignee_id, due_on, note, done_at, done_note, ended_at, end_reason
              from claim_assignments where claim_id in (select id from scene_claims)) a),
         'notification_preferences', (select json_agg(p order by p.user_id, p.kind) from (
            select user_id, kind, delivery from notification_preferences
             where user_id = any($2::uuid[])) p)
       ) as footprint`,
      [scene.reportId, userIds, scene.tag],
    );
    return rows[0]!.footprint;
  });
}
