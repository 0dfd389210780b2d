/**
 * A valid input for every server action, aimed at an attack scene
 * (./scene.ts): the direct-call specs send it as a caller who may not, then
 * as the least role that may, so a refusal is the role check's and not the
 * input's doing.
 */
import type { ActionName } from "../../scripts/testing/actions-inventory";
import type { Scene } from "./scene";
import type { ActionFields } from "./support";

/** null: public, nothing to refuse. */
export const actionInputs: Record<ActionName, ((scene: Scene) => ActionFields) | null> = {
  signInWithPassword: null,
  acceptAccountLinkAction: null,
  signOutAction: null,
  switchLanguageAction: null,

  renameOwnAccountAction: (s) => ({ displayName: `Renamed ${s.tag}` }),
  changeOwnPasswordAction: () => ({
    currentPassword: "not-the-password-at-all",
    newPassword: "a-brand-new-long-password-42",
    confirmation: "a-brand-new-long-password-42",
  }),
  chooseOwnPreferencesAction: () => ({ interfaceLanguage: "ar", digitStyle: "arabic_indic" }),
  endOwnSessionsAction: () => ({}),

  setFirstStepsShownAction: () => ({ shown: "false" }),

  importReportAction: (s) => ({
    title: `Imported dispatch ${s.tag}`,
    outlet: "",
    author: "",
    url: "",
    publishedOn: "",
    text: `A new report ${s.tag}.\n\nThe port reopened after the storm.`,
  }),
  // an address the fetcher refuses before connecting, were the call ever let through
  fetchReportFromLinkAction: () => ({ link: "http://10.0.0.1/internal" }),
  replaceReportTextAction: (s) => ({
    reportId: String(s.reportId),
    version: "1",
    text: `Replaced text ${s.tag}.\n\n${s.quotes.claimed}`,
  }),
  // back to the scene's earlier draft
  restoreReportTextAction: (s) => ({ reportId: String(s.reportId), version: "1", number: "1" }),
  dismissSuggestionAction: (s) => ({
    reportId: String(s.reportId),
    key: s.suggestionToDismiss,
  }),
  restoreSuggestionAction: (s) => ({
    reportId: String(s.reportId),
    key: s.dismissedSuggestion,
  }),
  createClaimAction: (s) => ({
    reportId: String(s.reportId),
    statement: `Lorries cross the bridge ${s.tag}`,
    quote: s.quotes.other,
    attribution: "",
    eventDate: "",
    eventDatePrecision: "day",
  }),

  editClaimAction: (s) => ({
    claimId: String(s.claimId),
    version: "1",
    statement: `The bridge stayed shut ${s.tag}`,
    attribution: "",
    eventDate: "",
    eventDatePrecision: "day",
  }),
  rateClaimAction: (s) => ({
    claimId: String(s.claimId),
    reliability: "C",
    credibility: "3",
    note: "",
  }),
  revealRatingsAction: (s) => ({ claimId: String(s.claimId) }),
  setVerdictAction: (s) => ({
    claimId: String(s.claimId),
    verdict: "false",
    rationale: "The ministry denied it on the record.",
  }),
  reopenVerdictAction: (s) => ({
    claimId: String(s.decidedClaimId),
    reason: "New footage contradicts both sources.",
  }),
  addEvidenceAction: (s) => ({
    claimId: String(s.claimId),
    url: "https://example.org/new-source",
    title: "A new source",
    outlet: "",
    publishedOn: "",
    archiveUrl: "",
    stance: "context",
    quote: "",
  }),
  retractEvidenceAction: (s) => ({
    evidenceId: String(s.evidenceId),
    version: "1",
    reason: "The page was taken down.",
  }),
  checkEvidenceAction: (s) => ({ evidenceId: String(s.evidenceId) }),
  postCommentAction: (s) => ({ claimId: String(s.claimId), parentId: "", body: "A new comment." }),
  editCommentAction: (s) => ({ commentId: String(s.commentId), version: "1", body: "Reworded." }),
  deleteCommentAction: (s) => ({ commentId: String(s.commentId), version: "1" }),
  addRelationAction: (s) => ({
    claimId: String(s.otherClaimId),
    otherClaimId: String(s.decidedClaimId),
    kind: "same_as",
    note: "",
  }),
  removeRelationAction: (s) => ({ relationId: String(s.relationId) }),
  dismissContradictionAction: (s) => ({
    claimId: String(s.claimId),
    otherClaimId: String(s.decidedClaimId),
    shown: "Monday / Tuesday",
  }),
  dismissDuplicateAction: (s) => ({
    claimId: String(s.claimId),
    otherClaimId: String(s.decidedClaimId),
    shown: "",
  }),
  tagClaimAction: (s) => ({
    claimId: String(s.claimId),
    name: `Checkpoint Police ${s.tag}`,
    kind: "organisation",
  }),
  untagClaimAction: (s) => ({ claimId: String(s.claimId), entityId: String(s.entityId) }),
  nameClaimSourceAction: (s) => ({
    claimId: String(s.claimId),
    name: `Checkpoint Radio ${s.tag}`,
    kind: "outlet",
  }),
  removeClaimSourceAction: (s) => ({ claimId: String(s.claimId), sourceId: String(s.sourceId) }),
  setReportSourceAction: (s) => ({
    reportId: String(s.reportId),
    version: "0",
    name: `Harbour Times ${s.tag}`,
    kind: "outlet",
  }),
  editSourceAction: (s) => ({
    sourceId: String(s.sourceId),
    version: "1",
    name: `Bridge Gazette ${s.tag}`,
    kind: "outlet",
    hosts: `bridge-gazette-${s.tag}.example`,
  }),
  mergeSourcesAction: (s) => ({
    sourceId: String(s.otherSourceId),
    version: "1",
    intoId: String(s.sourceId),
  }),

  createApiTokenAction: (s) => ({ name: `Nightly export ${s.tag}` }),
  revokeApiTokenAction: (s) => ({ tokenId: s.apiTokenId }),

  inviteAccountAction: (s) => ({
    email: `invited-${s.tag}@e2e.test`,
    displayName: `Invited ${s.tag}`,
    role: "reviewer",
  }),
  makeAccountLinkAction: (s) => ({ userId: s.accounts.target.id }),
  endSessionsAction: (s) => ({ userId: s.accounts.target.id }),
  revokeInviteAction: (s) => ({ userId: s.accounts.invitee.id }),
  changeAccountRoleAction: (s) => ({ userId: s.accounts.target.id, role: "editor" }),
  // last, and on its own account: a deactivated target would refuse the others' inputs
  setAccountActiveAction: (s) => ({ userId: s.accounts.deactivatee.id, active: "false" }),

  markNotificationReadAction: (s) => ({ notificationId: String(s.notificationId) }),
  markAllNotificationsReadAction: () => ({}),
  setWatchingAction: (s) => ({ claimId: String(s.claimId), watching: "true" }),
  assignClaimAction: (s) => ({
    claimId: String(s.otherClaimId),
    [`assignee-${s.accounts.reviewerB.id}`]: "1",
    dueOn: "",
    note: "check the lorry weights",
  }),
  assignDecidingLookAction: (s) => ({
    claimId: String(s.splitClaimId),
    assigneeId: s.accounts.target.id,
  }),
  unassignAction: (s) => ({ assignmentId: String(s.secondAssignmentId) }),
  // A's assignment on the claim whose grades split: the other claims have a verdict or lost A by now
  reassignAction: (s) => ({
    assignmentId: String(s.splitAssignmentId),
    assigneeId: s.accounts.reviewerB.id,
  }),
  takeClaimAction: (s) => ({ claimId: String(s.splitClaimId) }),
  releaseAssignmentAction: (s) => ({ assignmentId: String(s.assignmentId) }),
  markAssignmentDoneAction: (s) => ({
    assignmentId: String(s.assignmentId),
    note: "duplicate of the bridge claim",
  }),
  assignSelectedClaimsAction: (s) => ({
    [`claim-${s.otherClaimId}`]: "1",
    [`assignee-${s.accounts.target.id}`]: "1",
    filter: "",
    dueOn: "",
    note: "",
  }),
  saveEmailChoicesAction: () => ({
    mentioned: "off",
    comment_reply: "off",
    watched_comment: "off",
    watched_rating: "off",
    watched_evidence: "off",
    watched_contradiction: "off",
    watched_verdict_set: "off",
    watched_verdict_reopened: "off",
    assigned: "off",
    unassigned: "off",
    assignment_due_tomorrow: "off",
    assignment_overdue: "off",
    assigned_claim_locked: "off",
  }),
};
