import { expect, test, type APIRequestContext } from "@playwright/test";
import {
  actionPolicies,
  readBuiltActions,
  readRouteHandlers,
  routePolicies,
  type ActionName,
  type BuiltAction,
  type Minimum,
  type RouteName,
} from "../../scripts/testing/actions-inventory";
import { roles, type Role } from "../../lib/auth/roles";
import { createScene, type Scene } from "./scene";
import { footprint } from "./scene-footprint";
import {
  anonymousClient,
  callAction,
  formStatusOf,
  lastAuditId,
  refusalOf,
  refusalsSince,
  signedInClient,
  type ActionFields,
} from "./support";

/**
 * Every server action and API route, called directly over HTTP with real ids
 * from a scene of its own: by nobody, and by every role below the action's
 * minimum. Each refusal must say so (an action answers its form with
 * `refused`, keeping the page and what was typed; a route answers 401 or
 * 403), leave an `authz.refused` row on
 * the audit trail (the read-only GET routes do not record callers without a
 * session: see routePolicies), and change no row. For the editor and admin
 * actions the least role that may use them then sends the very same input
 * and succeeds, which shows the input was valid and the refusal was the role
 * check's doing.
 *
 * The actions come from the build's server-reference manifest; an action
 * there that scripts/testing/actions-inventory.ts does not list fails the first
 * test, so a new action cannot slip past these checks.
 */

/** A valid input for each action, aimed at the scene. null: public, nothing to refuse. */
const inputs: Record<ActionName, ((scene: Scene) => ActionFields) | null> = {
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

/** What a route is sent: the same for every caller. */
const routeRequests: Record<RouteName, { path: string; body?: string } | null> = {
  "GET /api/auth/[...nextauth]": null,
  "POST /api/auth/[...nextauth]": null,
  "GET /api/health": null,
  "GET /api/claims/search": { path: "/api/claims/search?q=bridge" },
  "GET /api/claims/similar": { path: "/api/claims/similar?statement=bridge%20reopened" },
  "GET /api/live/claims": { path: "/api/live/claims" },
  "GET /api/export": { path: "/api/export?format=csv&status=all" },
  "POST /api/admin/audit/verify": { path: "/api/admin/audit/verify", body: "{}" },
  "GET /api/unsubscribe": null,
  "POST /api/unsubscribe": null,
  // a page's link, not an API: e2e/attacks/notifications-are-their-own.spec.ts
  "GET /notifications/[id]": null,
};

const withArticle = (role: Role) => `${role === "reviewer" ? "a" : "an"} ${role}`;

const below = (minimum: Minimum): Role[] =>
  minimum === "public" ? [] : roles.slice(0, roles.indexOf(minimum));

let scene: Scene;
let built: Map<string, BuiltAction>;
const clients = new Map<Role | "anonymous", APIRequestContext>();
const accountOf = (role: Role) =>
  ({
    reviewer: scene.accounts.reviewerB,
    editor: scene.accounts.editor,
    admin: scene.accounts.admin,
  })[role];

test.beforeAll(async () => {
  built = new Map(readBuiltActions().map((action) => [action.exportedName, action]));
  scene = await createScene();
  clients.set("anonymous", await anonymousClient());
  for (const role of roles) clients.set(role, await signedInClient(accountOf(role)));
});

test.afterAll(async () => {
  for (const client of clients.values()) await client.dispose();
});

test("the inventory names every server action in the build and every API route", () => {
  const inBuild = [...built.keys()].sort();
  const listed = Object.keys(actionPolicies).sort();
  expect(inBuild, "actions missing from scripts/testing/actions-inventory.ts, or gone").toEqual(
    listed,
  );
  for (const [name, action] of built) {
    expect(action.file, name).toBe(actionPolicies[name as ActionName].file);
  }
  expect(readRouteHandlers()).toEqual(Object.keys(routePolicies).sort());
});

/** Calls `name` as `caller`, expects `refusal`, an audit refusal, and no change. */
async function expectRefused(
  name: ActionName,
  caller: Role | "anonymous",
  refusal: "signed-out" | "forbidden",
) {
  const policy = actionPolicies[name] as { audit: string };
  const action = built.get(name);
  expect(action, `${name} is not in the build`).toBeDefined();
  const before = await footprint(scene);
  const auditedUpTo = await lastAuditId();
  const call = await callAction(clients.get(caller)!, action!, inputs[name]!(scene), {
    ids: { claim: scene.claimId, report: scene.reportId, source: scene.sourceId },
  });
  expect(refusalOf(call), `${name} as ${caller}: ${call.body.slice(0, 300)}`).toBe(refusal);
  expect(formStatusOf(call), `${name} as ${caller}`).toBe("error");
  expect(await footprint(scene), `${name} as ${caller} changed data`).toEqual(before);
  if (caller === "anonymous") {
    // at least: a spec running alongside may be refused the same action without a session
    expect((await refusalsSince(auditedUpTo, policy.audit, null)).length).toBeGreaterThanOrEqual(1);
  } else {
    expect(await refusalsSince(auditedUpTo, policy.audit, accountOf(caller).id)).toHaveLength(1);
  }
}

for (const [name, policy] of Object.entries(actionPolicies) as [
  ActionName,
  { minimum: Minimum },
][]) {
  if (policy.minimum === "public") continue;

  test(`${name}: refused to a caller without a session`, async () => {
    await expectRefused(name, "anonymous", "signed-out");
  });

  for (const role of below(policy.minimum)) {
    test(`${name}: refused to ${withArticle(role)}`, async () => {
      await expectRefused(name, role, "forbidden");
    });
  }

  if (policy.minimum !== "reviewer") {
    test(`${name}: done for ${withArticle(policy.minimum as Role)} sending the same input`, async () => {
      const before = await footprint(scene);
      const call = await callAction(
        clients.get(policy.minimum as Role)!,
        built.get(name)!,
        inputs[name]!(scene),
        { ids: { claim: scene.claimId, report: scene.reportId, source: scene.sourceId } },
      );
      expect(call.status, call.body.slice(0, 500)).toBe(200);
      // an action that sends the browser on when it is done (a restored text: to the report) redirects
      expect(["success", "redirect"], call.body.slice(0, 500)).toContain(formStatusOf(call));
      expect(await footprint(scene)).not.toEqual(before);
    });
  }
}

test("without any session cookie every action is refused in its form, and nothing changes", async () => {
  const client = await anonymousClient({ forgedCookie: false });
  for (const [name, input] of Object.entries(inputs) as [
    ActionName,
    (typeof inputs)[ActionName],
  ][]) {
    if (!input) continue;
    const page = built.get(name)!.workers[0]!;
    if (page.startsWith("app/login") || page.startsWith("app/welcome")) continue;
    const before = await footprint(scene);
    const call = await callAction(client, built.get(name)!, input(scene), {
      ids: { claim: scene.claimId, report: scene.reportId },
    });
    expect(refusalOf(call), name).toBe("signed-out");
    expect(await footprint(scene), name).toEqual(before);
  }
  await client.dispose();
});

for (const [route, policy] of Object.entries(routePolicies) as [
  RouteName,
  (typeof routePolicies)[RouteName],
][]) {
  const sent = routeRequests[route];
  if (policy.minimum === "public" || !sent) continue;
  const method = route.split(" ")[0]!;

  const send = (client: APIRequestContext) =>
    client.fetch(sent.path, {
      method,
      data: sent.body,
      headers: sent.body ? { "content-type": "application/json" } : {},
      maxRedirects: 0,
      failOnStatusCode: false,
    });

  test(`${route}: refused to a caller without a session (401)`, async () => {
    const auditedUpTo = await lastAuditId();
    for (const forgedCookie of [false, true]) {
      const client = await anonymousClient({ forgedCookie });
      const response = await send(client);
      expect(response.status()).toBe(401);
      expect((await response.json()).error.code).toMatch(/unauthorized/);
      await client.dispose();
    }
    if (policy.auditsAnonymous && "audit" in policy) {
      const refusals = await refusalsSince(auditedUpTo, policy.audit, null);
      expect(refusals.length).toBeGreaterThanOrEqual(2);
    }
  });

  for (const role of below(policy.minimum)) {
    test(`${route}: refused to ${withArticle(role)} (403)`, async () => {
      const auditedUpTo = await lastAuditId();
      const response = await send(clients.get(role)!);
      expect(response.status()).toBe(403);
      expect((await response.json()).error.code).toBe("forbidden");
      expect(
        await refusalsSince(auditedUpTo, (policy as { audit: string }).audit, accountOf(role).id),
      ).toHaveLength(1);
    });
  }
}
