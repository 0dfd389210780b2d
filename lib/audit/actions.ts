/**
 * Every action the audit trail records, named once. A misspelt action is a
 * type error at the call (recordAudit takes an AuditAction), and the card's
 * History must have a sentence for each action recorded on a claim
 * (components/claims/history-entries.tsx asks for `history.did.<action>`, a
 * typed catalogue key, so an action without its sentence does not compile).
 *
 * Names are `thing.verb`. Events already written keep the names they were
 * written with, so a name is added here, never renamed.
 */

/** Recorded on a claim card (entity type "claim"): the card's History lists them. */
export const claimCardActions = [
  "claim.create",
  "claim.edit",
  "claim.reanchor",
  "claim.tag",
  "claim.untag",
  "claim.add_source",
  "claim.remove_source",
  "claim.merge_source",
  "rating.create",
  "rating.update",
  "rating.reveal",
  "evidence.add",
  "evidence.retract",
  // the desk fetched a source's page and found a new text, a new failure or a
  // change of flag (the snapshot's hash is in the event)
  "evidence.check",
  // a person asked for a source's page to be checked now
  "evidence.check_request",
  "relation.add",
  "relation.remove",
  "comment.create",
  "comment.edit",
  "comment.delete",
  "verdict.set",
  "verdict.reopen",
  "duplicate.dismiss",
  "contradiction.dismiss",
  "assignment.create",
  "assignment.take",
  "assignment.release",
  "assignment.remove",
  "assignment.reassign",
  "assignment.done",
  "assignment.return",
  "assignment.deciding",
] as const;

export type ClaimCardAction = (typeof claimCardActions)[number];

export const auditActions = [
  ...claimCardActions,
  // a check of a source's page that found what the last one found (entity: the evidence)
  "evidence.check_unchanged",
  "entity.create",
  "source.edit",
  "source.merge",
  "report.set_source",
  "report.import",
  "report.attach_text",
  "report.replace_text",
  "report.restore_text",
  // a page fetched from a link to fill the import form (nothing is saved by it)
  "report.fetch",
  "report.fetch_refused",
  "suggestion.dismiss",
  "suggestion.restore",
  "export.run",
  "api_token.create",
  "api_token.revoke",
  "user.create",
  "user.invite",
  "user.reissue_invite",
  "user.revoke_invite",
  "user.accept_invite",
  "user.password_reset_link",
  "user.reset_password",
  "user.change_role",
  "user.deactivate",
  "user.reactivate",
  "user.rename",
  "user.change_password",
  "user.change_password_refused",
  "user.end_sessions",
  // the interface language and digits: chosen by the person, or taken from
  // the browser at their first sign-in
  "user.change_preferences",
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_locked",
  "auth.sign_out",
  "authz.refused",
  // refusals of unknown callers from one address past the bound, counted (./anonymous-refusals.ts)
  "authz.refusals_counted",
  "claim_watch.start",
  "claim_watch.stop",
  "notification.read",
  "notification.read_all",
  "notification.preferences",
  "notification.unsubscribe",
  "notification.cleanup",
] as const;

export type AuditAction = (typeof auditActions)[number];

export function isAuditAction(action: string): action is AuditAction {
  return (auditActions as readonly string[]).includes(action);
}

/**
 * What an event is about: its `entity_type`, the table (or, for a refusal,
 * an address or the action attempted) its `entity_id` names. The log names
 * each in the reader's language (the `audit.entityType` catalogue, keyed by
 * these), so one is added here before a write may record it.
 */
export const auditEntityTypes = [
  "claim",
  "claim_watch",
  "evidence",
  "entity",
  "report",
  "web_page",
  "export",
  "api_token",
  "notification",
  "user",
  // a refusal: entity_id is what was attempted ("page:/admin/audit")
  "action",
  // refusals of unknown callers counted per address (./anonymous-refusals.ts)
  "address",
] as const;

export type AuditEntityType = (typeof auditEntityTypes)[number];

export function isAuditEntityType(type: string): type is AuditEntityType {
  return (auditEntityTypes as readonly string[]).includes(type);
}
