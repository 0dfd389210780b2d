import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { User } from "@/db/schema";
import {
  mayAssignClaim,
  mayMarkAssignmentDone,
  mayReleaseAssignment,
  mayTakeClaim,
  mayUnassign,
} from "@/lib/assignments/permissions";
import { mayEditClaim } from "@/lib/claims/permissions";
import { mayDismissProposal } from "@/lib/pairs/permissions";
import { mayDeleteComment, mayEditComment } from "@/lib/discussion/permissions";
import { mayCheckEvidence, mayRetractEvidence } from "@/lib/evidence/permissions";
import { mayRateClaim } from "@/lib/ratings/permissions";
import { mayRemoveRelation } from "@/lib/relations/permissions";
import { mayReplaceReportText, mayRestoreReportText } from "@/lib/reports/permissions";
import {
  mayEditSource,
  mayMergeSources,
  mayNameClaimSource,
  maySetReportSource,
} from "@/lib/sources/permissions";
import { mayReopenVerdict, maySetVerdict } from "@/lib/verdicts/permissions";
import { roles, type Role } from "./roles";

/**
 * Every permission rule of a claim and its parts, as a table the desk's
 * people could read: for each role, whether they may act on their own work
 * and on someone else's, with and without a standing verdict. The claim page
 * and the data layer both ask these functions, so this table is what the
 * interface offers and what the server allows.
 */
type Case = { actor: User; authorId: string; locked: boolean };
type Rule = (c: Case) => boolean;

const rules: Record<string, Rule> = {
  "edit a card's wording": ({ actor, authorId }) => mayEditClaim(actor, { createdBy: authorId }),
  "retract evidence": ({ actor, authorId }) => mayRetractEvidence(actor, { addedBy: authorId }),
  "ask for a source's page to be checked now": ({ actor }) =>
    mayCheckEvidence(actor, { retractedAt: null }),
  "remove a link between claims": ({ actor, authorId }) =>
    mayRemoveRelation(actor, { createdBy: authorId }),
  "edit a comment": ({ actor, authorId }) => mayEditComment(actor, { authorId }),
  "delete a comment": ({ actor, authorId }) => mayDeleteComment(actor, { authorId }),
  "rate a claim": ({ actor, locked }) => mayRateClaim(actor, { lockedByVerdict: locked }),
  "set a verdict": ({ actor, locked }) => maySetVerdict(actor, { lockedByVerdict: locked }),
  "reopen a verdict": ({ actor, locked }) => mayReopenVerdict(actor, { lockedByVerdict: locked }),
  // a proposed pair has no author and no verdict of its own: both columns agree
  "dismiss a possible contradiction": ({ actor }) => mayDismissProposal(actor, "contradiction"),
  "dismiss a possible duplicate": ({ actor }) => mayDismissProposal(actor, "duplicate"),
  // an assignment's "author" is its assignee
  "assign a claim": ({ actor, locked }) => mayAssignClaim(actor, { lockedByVerdict: locked }),
  "take a claim nobody holds": ({ actor, locked }) =>
    mayTakeClaim(actor, { lockedByVerdict: locked, openAssignments: 0 }),
  "release an assignment": ({ actor, authorId }) =>
    mayReleaseAssignment(actor, { assigneeId: authorId }),
  "mark an assignment done": ({ actor, authorId }) =>
    mayMarkAssignmentDone(actor, { assigneeId: authorId }),
  "unassign or reassign": ({ actor }) => mayUnassign(actor),
  "name or remove a claim's source": ({ actor }) => mayNameClaimSource(actor),
  "rename a source or change its hosts": ({ actor }) => mayEditSource(actor),
  "merge two sources": ({ actor }) => mayMergeSources(actor),
  "change a report's outlet": ({ actor, authorId }) =>
    maySetReportSource(actor, { importedBy: authorId }),
  // a report's text is the ground its claims stand on: see lib/reports/permissions.ts
  "replace a report's text that claims are anchored in": ({ actor, authorId }) =>
    mayReplaceReportText(actor, { importedBy: authorId, hasAnchoredClaims: true }),
  "restore a report's earlier text": ({ actor }) => mayRestoreReportText(actor),
};

// Columns: reviewer (own, other's), editor (own, other's), admin (own, other's).
// Y = allowed, . = refused. "own" is work the actor authored; a rating or a
// verdict has no author, so both columns agree there.
const expected: Record<string, { open: string; locked: string }> = {
  "edit a card's wording": { open: "Y. YY YY", locked: "Y. YY YY" },
  "retract evidence": { open: "Y. YY YY", locked: "Y. YY YY" },
  "ask for a source's page to be checked now": { open: "YY YY YY", locked: "YY YY YY" },
  "remove a link between claims": { open: "Y. YY YY", locked: "Y. YY YY" },
  "edit a comment": { open: "Y. Y. Y.", locked: "Y. Y. Y." },
  "delete a comment": { open: "Y. YY YY", locked: "Y. YY YY" },
  "rate a claim": { open: "YY YY YY", locked: ".. .. .." },
  "set a verdict": { open: ".. YY YY", locked: ".. .. .." },
  "reopen a verdict": { open: ".. .. ..", locked: ".. YY YY" },
  "dismiss a possible contradiction": { open: "YY YY YY", locked: "YY YY YY" },
  "dismiss a possible duplicate": { open: ".. YY YY", locked: ".. YY YY" },
  "assign a claim": { open: ".. YY YY", locked: ".. .. .." },
  "take a claim nobody holds": { open: "YY YY YY", locked: ".. .. .." },
  "release an assignment": { open: "Y. Y. Y.", locked: "Y. Y. Y." },
  "mark an assignment done": { open: "Y. Y. Y.", locked: "Y. Y. Y." },
  "unassign or reassign": { open: ".. YY YY", locked: ".. YY YY" },
  // where a claim came from is a matter of record, verdict or not
  "name or remove a claim's source": { open: "YY YY YY", locked: "YY YY YY" },
  "rename a source or change its hosts": { open: ".. YY YY", locked: ".. YY YY" },
  "merge two sources": { open: ".. YY YY", locked: ".. YY YY" },
  "change a report's outlet": { open: "Y. YY YY", locked: "Y. YY YY" },
  "replace a report's text that claims are anchored in": { open: "Y. YY YY", locked: "Y. YY YY" },
  "restore a report's earlier text": { open: ".. YY YY", locked: ".. YY YY" },
};

function person(role: Role): User {
  return { id: `${role}-id`, role } as User;
}

function row(rule: Rule, locked: boolean): string {
  return roles
    .map((role) => {
      const actor = person(role);
      const own = rule({ actor, authorId: actor.id, locked });
      const other = rule({ actor, authorId: "someone-else", locked });
      return `${own ? "Y" : "."}${other ? "Y" : "."}`;
    })
    .join(" ");
}

describe("who may do what to a claim and its parts", () => {
  it("has an expectation for every rule and a rule for every expectation", () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(rules).sort());
  });

  it("has a row for every may… rule a domain's permissions.ts exports", () => {
    const lib = path.resolve(__dirname, "..");
    const exported = readdirSync(lib).flatMap((domain) => {
      const file = path.join(lib, domain, "permissions.ts");
      const source = existsSync(file) ? readFileSync(file, "utf8") : "";
      return [...source.matchAll(/export function (may\w+)\(/g)].map((match) => match[1]!);
    });
    const table = readFileSync(__filename, "utf8");
    expect(exported.filter((name) => !table.includes(`${name}(`))).toEqual([]);
  });

  for (const [name, rule] of Object.entries(rules)) {
    it(`${name}: by role × own work × standing verdict`, () => {
      expect({ open: row(rule, false), locked: row(rule, true) }).toEqual(expected[name]);
    });
  }

  it("a claim someone holds is not taken: an editor adds people to it", () => {
    const held = { lockedByVerdict: false, openAssignments: 1 };
    expect(mayTakeClaim(person("reviewer"), held)).toBe(false);
    expect(mayTakeClaim(person("editor"), held)).toBe(false);
    expect(mayAssignClaim(person("editor"), { lockedByVerdict: false })).toBe(true);
  });

  it("a card whose author's account is gone is the editors' to change", () => {
    expect(mayEditClaim(person("reviewer"), { createdBy: null })).toBe(false);
    expect(mayEditClaim(person("editor"), { createdBy: null })).toBe(true);
  });
});
