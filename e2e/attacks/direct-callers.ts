/**
 * Who calls the desk directly in the direct-call specs: a scene of the
 * spec's own (./scene.ts), the build's server actions, and an API client for
 * nobody and for each role, signed in as one of the scene's accounts. Ready
 * once the spec's beforeAll has run; disposed after its last test.
 */
import { test, type APIRequestContext } from "@playwright/test";
import { roles, type Role } from "../../lib/auth/roles";
import {
  readBuiltActions,
  type BuiltAction,
  type Minimum,
} from "../../scripts/testing/actions-inventory";
import { createScene, type Scene } from "./scene";
import { anonymousClient, signedInClient } from "./support";

export const withArticle = (role: Role) => `${role === "reviewer" ? "a" : "an"} ${role}`;

/** The roles below an action's or a route's minimum: each must be refused. */
export const below = (minimum: Minimum): Role[] =>
  minimum === "public" ? [] : roles.slice(0, roles.indexOf(minimum));

export function directCallers() {
  const callers = {
    scene: undefined as unknown as Scene,
    built: new Map<string, BuiltAction>(),
    clients: new Map<Role | "anonymous", APIRequestContext>(),
    accountOf: (role: Role) =>
      ({
        reviewer: callers.scene.accounts.reviewerB,
        editor: callers.scene.accounts.editor,
        admin: callers.scene.accounts.admin,
      })[role],
  };

  test.beforeAll(async () => {
    for (const action of readBuiltActions()) callers.built.set(action.exportedName, action);
    callers.scene = await createScene();
    callers.clients.set("anonymous", await anonymousClient());
    for (const role of roles) {
      callers.clients.set(role, await signedInClient(callers.accountOf(role)));
    }
  });

  test.afterAll(async () => {
    for (const client of callers.clients.values()) await client.dispose();
  });

  return callers;
}
