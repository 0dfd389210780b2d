/**
 * Every way into the desk that is not a page: server actions and API route
 * handlers, each with the least role that may use it. The attack specs
 * (e2e/attacks/) call each one directly, as nobody and as every role below
 * its minimum, and expect a refusal; they find the actions in the build's
 * server-reference manifest and the routes under app/api, and fail on any
 * that this table does not name, so a new way in cannot go untested.
 *
 * `owner`: below `editor`, only the author of the record may use it (the
 * IDOR spec proves another reviewer is refused). `public`: meant for people
 * without a session (signing in, accepting an invite, signing out).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Role } from "@/lib/auth/roles";

export type Minimum = Role | "public";

export type ActionPolicy = {
  /** the file that exports it, as the manifest names it */
  file: string;
  /** the name the action gives withActor: what an `authz.refused` audit row records */
  audit?: string;
  minimum: Minimum;
  owner?: true;
};

export const actionPolicies = {
  // sign-in, invite links and sign-out work without a session by design
  signInWithPassword: { file: "app/login/actions.ts", minimum: "public" },
  acceptAccountLinkAction: { file: "app/welcome/[token]/actions.ts", minimum: "public" },
  signOutAction: { file: "app/(desk)/sign-out-action.ts", minimum: "public" },
  // signed out it only sets the browser's language cookie; signed in it saves the account's too
  switchLanguageAction: { file: "app/language-action.ts", minimum: "public" },

  renameOwnAccountAction: {
    file: "app/(desk)/account/actions.ts",
    audit: "account.rename",
    minimum: "reviewer",
  },
  changeOwnPasswordAction: {
    file: "app/(desk)/account/actions.ts",
    audit: "account.change_password",
    minimum: "reviewer",
  },
  chooseOwnPreferencesAction: {
    file: "app/(desk)/account/actions.ts",
    audit: "account.preferences",
    minimum: "reviewer",
  },
  endOwnSessionsAction: {
    file: "app/(desk)/account/actions.ts",
    audit: "account.end_sessions",
    minimum: "reviewer",
  },

  setFirstStepsShownAction: {
    file: "app/(desk)/dashboard/actions.ts",
    audit: "first_steps.set",
    minimum: "reviewer",
  },

  importReportAction: {
    file: "app/(desk)/reports/actions.ts",
    audit: "report.import",
    minimum: "reviewer",
  },
  // fetches a page to fill the import form; the fetch itself refuses private addresses
  fetchReportFromLinkAction: {
    file: "app/(desk)/reports/actions.ts",
    audit: "report.fetch",
    minimum: "reviewer",
  },
  // a text that claims are anchored in: only the report's importer, or an editor (lib/reports/permissions.ts)
  replaceReportTextAction: {
    file: "app/(desk)/reports/actions.ts",
    audit: "report.replace_text",
    minimum: "reviewer",
    owner: true,
  },
  restoreReportTextAction: {
    file: "app/(desk)/reports/actions.ts",
    audit: "report.restore_text",
    minimum: "editor",
  },
  dismissSuggestionAction: {
    file: "app/(desk)/reports/actions.ts",
    audit: "suggestion.dismiss",
    minimum: "reviewer",
  },
  restoreSuggestionAction: {
    file: "app/(desk)/reports/actions.ts",
    audit: "suggestion.restore",
    minimum: "reviewer",
  },
  createClaimAction: {
    file: "app/(desk)/claims/actions.ts",
    audit: "claim.create",
    minimum: "reviewer",
  },

  editClaimAction: {
    file: "app/(desk)/claims/[id]/review-actions.ts",
    audit: "claim.edit",
    minimum: "reviewer",
    owner: true,
  },
  rateClaimAction: {
    file: "app/(desk)/claims/[id]/review-actions.ts",
    audit: "rating.save",
    minimum: "reviewer",
  },
  revealRatingsAction: {
    file: "app/(desk)/claims/[id]/review-actions.ts",
    audit: "rating.reveal",
    minimum: "reviewer",
  },
  setVerdictAction: {
    file: "app/(desk)/claims/[id]/review-actions.ts",
    audit: "verdict.set",
    minimum: "editor",
  },
  reopenVerdictAction: {
    file: "app/(desk)/claims/[id]/review-actions.ts",
    audit: "verdict.reopen",
    minimum: "editor",
  },
  addEvidenceAction: {
    file: "app/(desk)/claims/[id]/evidence-actions.ts",
    audit: "evidence.add",
    minimum: "reviewer",
  },
  retractEvidenceAction: {
    file: "app/(desk)/claims/[id]/evidence-actions.ts",
    audit: "evidence.retract",
    minimum: "reviewer",
    owner: true,
  },
  checkEvidenceAction: {
    file: "app/(desk)/claims/[id]/evidence-actions.ts",
    audit: "evidence.check_request",
    minimum: "reviewer",
  },
  postCommentAction: {
    file: "app/(desk)/claims/[id]/discussion-actions.ts",
    audit: "comment.create",
    minimum: "reviewer",
  },
  // only the author may reword a comment, editors included (lib/discussion/permissions.ts)
  editCommentAction: {
    file: "app/(desk)/claims/[id]/discussion-actions.ts",
    audit: "comment.edit",
    minimum: "reviewer",
    owner: true,
  },
  deleteCommentAction: {
    file: "app/(desk)/claims/[id]/discussion-actions.ts",
    audit: "comment.delete",
    minimum: "reviewer",
    owner: true,
  },
  addRelationAction: {
    file: "app/(desk)/claims/[id]/relation-actions.ts",
    audit: "relation.add",
    minimum: "reviewer",
  },
  removeRelationAction: {
    file: "app/(desk)/claims/[id]/relation-actions.ts",
    audit: "relation.remove",
    minimum: "reviewer",
    owner: true,
  },
  dismissContradictionAction: {
    file: "app/(desk)/claims/pairs/actions.ts",
    audit: "contradiction.dismiss",
    minimum: "reviewer",
  },
  // whether two cards are one claim decides which carries the grades (lib/pairs/permissions.ts)
  dismissDuplicateAction: {
    file: "app/(desk)/claims/pairs/actions.ts",
    audit: "duplicate.dismiss",
    minimum: "editor",
  },
  tagClaimAction: {
    file: "app/(desk)/claims/[id]/entity-actions.ts",
    audit: "claim.tag",
    minimum: "reviewer",
  },
  untagClaimAction: {
    file: "app/(desk)/claims/[id]/entity-actions.ts",
    audit: "claim.untag",
    minimum: "reviewer",
  },
  nameClaimSourceAction: {
    file: "app/(desk)/claims/[id]/source-actions.ts",
    audit: "claim.add_source",
    minimum: "reviewer",
  },
  removeClaimSourceAction: {
    file: "app/(desk)/claims/[id]/source-actions.ts",
    audit: "claim.remove_source",
    minimum: "reviewer",
  },
  // only the report's importer below an editor (lib/sources/permissions.ts)
  setReportSourceAction: {
    file: "app/(desk)/reports/[id]/source-actions.ts",
    audit: "report.set_source",
    minimum: "reviewer",
    owner: true,
  },
  editSourceAction: {
    file: "app/(desk)/sources/[id]/actions.ts",
    audit: "source.edit",
    minimum: "editor",
  },
  mergeSourcesAction: {
    file: "app/(desk)/sources/[id]/actions.ts",
    audit: "source.merge",
    minimum: "editor",
  },

  createApiTokenAction: {
    file: "app/(desk)/export/tokens/actions.ts",
    audit: "api_token.create",
    minimum: "editor",
  },
  revokeApiTokenAction: {
    file: "app/(desk)/export/tokens/actions.ts",
    audit: "api_token.revoke",
    minimum: "editor",
  },

  inviteAccountAction: {
    file: "app/(desk)/admin/users/actions.ts",
    audit: "user.invite",
    minimum: "admin",
  },
  makeAccountLinkAction: {
    file: "app/(desk)/admin/users/actions.ts",
    audit: "user.make_link",
    minimum: "admin",
  },
  endSessionsAction: {
    file: "app/(desk)/admin/users/actions.ts",
    audit: "user.end_sessions",
    minimum: "admin",
  },
  revokeInviteAction: {
    file: "app/(desk)/admin/users/actions.ts",
    audit: "user.revoke_invite",
    minimum: "admin",
  },
  setAccountActiveAction: {
    file: "app/(desk)/admin/users/actions.ts",
    audit: "user.set_active",
    minimum: "admin",
  },
  changeAccountRoleAction: {
    file: "app/(desk)/admin/users/actions.ts",
    audit: "user.change_role",
    minimum: "admin",
  },

  // a person's own notifications: another's id is not found, and audited (e2e/attacks/notifications-are-their-own.spec.ts)
  markNotificationReadAction: {
    file: "app/(desk)/notifications/actions.ts",
    audit: "notification.read",
    minimum: "reviewer",
    owner: true,
  },
  markAllNotificationsReadAction: {
    file: "app/(desk)/notifications/actions.ts",
    audit: "notification.read_all",
    minimum: "reviewer",
  },
  setWatchingAction: {
    file: "app/(desk)/claims/[id]/watch-actions.ts",
    audit: "claim_watch.set",
    minimum: "reviewer",
  },
  // assignments: editors hand out and take back work; an assignment is its assignee's to
  // release or close (the IDOR spec aims another reviewer at A's)
  assignClaimAction: {
    file: "app/(desk)/claims/[id]/assignment-actions.ts",
    audit: "assignment.create",
    minimum: "editor",
  },
  assignDecidingLookAction: {
    file: "app/(desk)/claims/[id]/assignment-actions.ts",
    audit: "assignment.deciding",
    minimum: "editor",
  },
  unassignAction: {
    file: "app/(desk)/claims/[id]/assignment-actions.ts",
    audit: "assignment.remove",
    minimum: "editor",
  },
  reassignAction: {
    file: "app/(desk)/claims/[id]/assignment-actions.ts",
    audit: "assignment.reassign",
    minimum: "editor",
  },
  takeClaimAction: {
    file: "app/(desk)/claims/[id]/assignment-actions.ts",
    audit: "assignment.take",
    minimum: "reviewer",
  },
  releaseAssignmentAction: {
    file: "app/(desk)/claims/[id]/assignment-actions.ts",
    audit: "assignment.release",
    minimum: "reviewer",
    owner: true,
  },
  markAssignmentDoneAction: {
    file: "app/(desk)/claims/[id]/assignment-actions.ts",
    audit: "assignment.done",
    minimum: "reviewer",
    owner: true,
  },
  assignSelectedClaimsAction: {
    file: "app/(desk)/claims/assign-actions.ts",
    audit: "assignment.create_many",
    minimum: "editor",
  },
  saveEmailChoicesAction: {
    file: "app/(desk)/account/email-actions.ts",
    audit: "notification.preferences",
    minimum: "reviewer",
  },
} as const satisfies Record<string, ActionPolicy>;

export type ActionName = keyof typeof actionPolicies;

export type RoutePolicy = {
  minimum: Minimum;
  /** the name an `authz.refused` row records for a refused role */
  audit?: string;
  /**
   * Whether a caller without a session is recorded too. The read-only GET
   * routes answer it with a bare 401 and record nothing: an anonymous
   * visitor could otherwise write to the hash-chained trail as fast as
   * they can send requests.
   */
  auditsAnonymous: boolean;
};

/**
 * Keyed by "METHOD /path", with the path as the folder names it (route groups
 * such as "(desk)" left out).
 */
export const routePolicies = {
  "GET /api/auth/[...nextauth]": { minimum: "public", auditsAnonymous: false },
  "POST /api/auth/[...nextauth]": { minimum: "public", auditsAnonymous: false },
  "GET /api/health": { minimum: "public", auditsAnonymous: false },
  "GET /api/claims/search": { minimum: "reviewer", auditsAnonymous: false },
  "GET /api/claims/similar": { minimum: "reviewer", auditsAnonymous: false },
  "GET /api/live/claims": { minimum: "reviewer", auditsAnonymous: false },
  "GET /api/export": { minimum: "editor", audit: "api:/api/export", auditsAnonymous: false },
  "POST /api/admin/audit/verify": {
    minimum: "admin",
    audit: "audit.verify",
    auditsAnonymous: true,
  },
  // the signed token in the address is the authority: one account, one kind
  "GET /api/unsubscribe": { minimum: "public", auditsAnonymous: false },
  "POST /api/unsubscribe": { minimum: "public", auditsAnonymous: false },
  // opens one's own notification; another's id answers 404, audited
  "GET /notifications/[id]": { minimum: "reviewer", auditsAnonymous: false },
} as const satisfies Record<string, RoutePolicy>;

export type RouteName = keyof typeof routePolicies;

/** A server action as the build knows it. */
export type BuiltAction = {
  id: string;
  exportedName: string;
  file: string;
  /** the pages whose bundles hold it, e.g. "app/(desk)/claims/[id]/page" */
  workers: string[];
};

type ManifestEntry = {
  exportedName?: string;
  filename?: string;
  workers: Record<string, unknown>;
};

/** The actions in a production build (`.next/server/server-reference-manifest.json`). */
export function readBuiltActions(distDir = ".next"): BuiltAction[] {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, ManifestEntry>; edge: Record<string, ManifestEntry> };
  return Object.entries({ ...manifest.node, ...manifest.edge }).map(([id, entry]) => ({
    id,
    exportedName: entry.exportedName ?? "",
    file: entry.filename ?? "",
    workers: Object.keys(entry.workers),
  }));
}

const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Every `app/**\/route.ts` and the HTTP methods it exports, as "METHOD /path". */
export function readRouteHandlers(appDir = "app"): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.(ts|js)$/.test(entry.name)) {
        const source = readFileSync(full, "utf8");
        const route = `/${path
          .relative(appDir, dir)
          .split(path.sep)
          .filter((part) => !/^\(.*\)$/.test(part))
          .join("/")}`;
        for (const method of exportedMethods(source)) found.push(`${method} ${route}`);
      }
    }
  };
  walk(appDir);
  return found.sort();
}

function exportedMethods(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(\w+)/g)) {
    names.add(match[1]!);
  }
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  return httpMethods.filter((method) => names.has(method));
}

/**
 * Exports of the `"use server"` files under `appDir`, read from the source:
 * the same list the manifest gives after a build, for the unit test that
 * runs without one. Module-level "use server" only; the desk has no inline
 * server functions (the unit test looks for those too).
 */
export function readSourceActions(appDir = "app"): { exportedName: string; file: string }[] {
  const found: { exportedName: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const source = readFileSync(full, "utf8");
        if (!/^\s*["']use server["']/.test(source)) continue;
        for (const name of exportedNames(source)) {
          found.push({ exportedName: name, file: full.split(path.sep).join("/") });
        }
      }
    }
  };
  walk(appDir);
  return found;
}

function exportedNames(source: string): string[] {
  return [...source.matchAll(/^export\s+(?:async\s+)?(?:function|const|let)\s+(\w+)/gm)].map(
    (match) => match[1]!,
  );
}

/** Files that declare a server function inside another module ("use server" not at the top). */
export function findInlineServerFunctions(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const source = readFileSync(full, "utf8");
        const body = source.replace(/^\s*["']use server["'];?/, "");
        if (/["']use server["']/.test(body)) found.push(full.split(path.sep).join("/"));
      }
    }
  };
  walk(dir);
  return found;
}
