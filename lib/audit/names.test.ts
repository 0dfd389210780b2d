import { describe, expect, it } from "vitest";
import arabic from "@/lib/i18n/messages/ar";
import english from "@/lib/i18n/messages/en";
import { auditActions, auditEntityTypes } from "./actions";

/**
 * The audit log names every action and entity type the desk records, in
 * both languages (components/audit/audit-names.ts looks them up by code; its
 * lookup is typed over the unions too, so a new action without a name does
 * not compile, and this says which one).
 */
type Catalogue = typeof english;

const actionName = (catalogue: Catalogue, action: string) => {
  const [thing, verb] = action.split(".") as [string, string];
  const names = catalogue.audit.action as Record<string, Record<string, string> | undefined>;
  return names[thing]?.[verb];
};

describe("the audit log's names", () => {
  it.each([
    ["English", english],
    ["Arabic", arabic as Catalogue],
  ])("name every action in %s", (_language, catalogue) => {
    expect(auditActions.filter((action) => !actionName(catalogue, action))).toEqual([]);
  });

  it.each([
    ["English", english],
    ["Arabic", arabic as Catalogue],
  ])("name every entity type in %s", (_language, catalogue) => {
    const names = catalogue.audit.entityType as Record<string, string | undefined>;
    expect(auditEntityTypes.filter((type) => !names[type])).toEqual([]);
  });

  it("name no action the desk does not record (a renamed one left behind)", () => {
    const named = Object.entries(english.audit.action).flatMap(([thing, verbs]) =>
      Object.keys(verbs).map((verb) => `${thing}.${verb}`),
    );
    expect(named.filter((action) => !(auditActions as readonly string[]).includes(action))).toEqual(
      [],
    );
  });
});
