import { expect, test } from "@playwright/test";
import type { Role } from "../../lib/auth/roles";
import {
  actionPolicies,
  readRouteHandlers,
  routePolicies,
  type ActionName,
  type Minimum,
} from "../../scripts/testing/actions-inventory";
import { actionInputs } from "./action-inputs";
import { below, directCallers, withArticle } from "./direct-callers";
import { footprint } from "./scene-footprint";
import {
  anonymousClient,
  callAction,
  formStatusOf,
  lastAuditId,
  refusalOf,
  refusalsSince,
} from "./support";

/**
 * Every server action, called directly over HTTP with real ids from a scene
 * of its own: by nobody, and by every role below the action's minimum. Each
 * refusal must say so (the action answers its form with `refused`, keeping
 * the page and what was typed), leave an `authz.refused` row on the audit
 * trail, and change no row. That the very same input succeeds for the least
 * role that may send it is direct-calls-by-the-least-role-are-done.spec.ts;
 * the API routes are direct-calls-to-routes-are-refused.spec.ts.
 *
 * The actions come from the build's server-reference manifest; an action
 * there that scripts/testing/actions-inventory.ts does not list fails the first
 * test, so a new action cannot slip past these checks.
 */

const callers = directCallers();

test("the inventory names every server action in the build and every API route", () => {
  const inBuild = [...callers.built.keys()].sort();
  const listed = Object.keys(actionPolicies).sort();
  expect(inBuild, "actions missing from scripts/testing/actions-inventory.ts, or gone").toEqual(
    listed,
  );
  for (const [name, action] of callers.built) {
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
  const { scene, built, clients, accountOf } = callers;
  const policy = actionPolicies[name] as { audit: string };
  const action = built.get(name);
  expect(action, `${name} is not in the build`).toBeDefined();
  const before = await footprint(scene);
  const auditedUpTo = await lastAuditId();
  const call = await callAction(clients.get(caller)!, action!, actionInputs[name]!(scene), {
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
}

test("without any session cookie every action is refused in its form, and nothing changes", async () => {
  const { scene, built } = callers;
  const client = await anonymousClient({ forgedCookie: false });
  for (const [name, input] of Object.entries(actionInputs) as [
    ActionName,
    (typeof actionInputs)[ActionName],
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
