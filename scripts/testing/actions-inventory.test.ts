import { describe, expect, it } from "vitest";
import {
  actionPolicies,
  findInlineServerFunctions,
  readRouteHandlers,
  readSourceActions,
  routePolicies,
} from "./actions-inventory";

// The e2e attack spec checks the built manifest; this catches a new action or route at unit-test time.
describe("the inventory of server actions and API routes", () => {
  it("names every exported server action, from the file that exports it", () => {
    const inSource = readSourceActions()
      .map(({ exportedName, file }) => `${exportedName} ${file}`)
      .sort();
    const inTable = Object.entries(actionPolicies)
      .map(([name, policy]) => `${name} ${policy.file}`)
      .sort();
    expect(inSource).toEqual(inTable);
  });

  it("finds no server function declared inside another module, which the table would miss", () => {
    expect([
      ...findInlineServerFunctions("app"),
      ...findInlineServerFunctions("components"),
    ]).toEqual([]);
  });

  it("names every API route handler and method", () => {
    expect(readRouteHandlers()).toEqual(Object.keys(routePolicies).sort());
  });
});
