import { expect, test } from "@playwright/test";
import type { Role } from "../../lib/auth/roles";
import {
  actionPolicies,
  type ActionName,
  type Minimum,
} from "../../scripts/testing/actions-inventory";
import { actionInputs } from "./action-inputs";
import { directCallers, withArticle } from "./direct-callers";
import { footprint } from "./scene-footprint";
import { callAction, formStatusOf } from "./support";

/**
 * The other half of direct-calls-to-actions-are-refused.spec.ts: for the
 * editor and admin actions the least role that may use them sends the very
 * same input and succeeds, which shows the input was valid and the refusal
 * was the role check's doing. The actions run in the inventory's order on
 * one scene, each on what the ones before left (action-inputs.ts says where
 * an input counts on that).
 */

const callers = directCallers();

for (const [name, policy] of Object.entries(actionPolicies) as [
  ActionName,
  { minimum: Minimum },
][]) {
  if (policy.minimum === "public" || policy.minimum === "reviewer") continue;

  test(`${name}: done for ${withArticle(policy.minimum as Role)} sending the same input`, async () => {
    const { scene, built, clients } = callers;
    const before = await footprint(scene);
    const call = await callAction(
      clients.get(policy.minimum as Role)!,
      built.get(name)!,
      actionInputs[name]!(scene),
      { ids: { claim: scene.claimId, report: scene.reportId, source: scene.sourceId } },
    );
    expect(call.status, call.body.slice(0, 500)).toBe(200);
    // an action that sends the browser on when it is done (a restored text: to the report) redirects
    expect(["success", "redirect"], call.body.slice(0, 500)).toContain(formStatusOf(call));
    expect(await footprint(scene)).not.toEqual(before);
  });
}
