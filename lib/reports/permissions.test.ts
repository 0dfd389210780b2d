import { describe, expect, it } from "vitest";
import type { User } from "@/db/schema";
import { roles, type Role } from "@/lib/auth/roles";
import { mayReplaceReportText, mayRestoreReportText } from "./permissions";

const person = (role: Role) => ({ id: `${role}-id`, role }) as User;

/** Per role, reviewer · editor · admin: Y may, . may not. */
const table = (rule: (actor: User) => boolean) =>
  roles.map((role) => (rule(person(role)) ? "Y" : ".")).join("");

describe("who may change a report's text", () => {
  it("replace it: anyone while no claim is anchored in it; then its importer or an editor", () => {
    const replace = (importedBy: (actor: User) => string | null, hasAnchoredClaims: boolean) =>
      table((actor) =>
        mayReplaceReportText(actor, { importedBy: importedBy(actor), hasAnchoredClaims }),
      );
    const own = (actor: User) => actor.id;
    const someoneElses = () => "someone-else";
    expect(replace(own, false)).toBe("YYY");
    expect(replace(someoneElses, false)).toBe("YYY");
    expect(replace(own, true)).toBe("YYY");
    expect(replace(someoneElses, true)).toBe(".YY");
    // imported from the command line: nobody's own, so an editor's
    expect(replace(() => null, true)).toBe(".YY");
  });

  it("restore an earlier version: an editor", () => {
    expect(table(mayRestoreReportText)).toBe(".YY");
  });
});
