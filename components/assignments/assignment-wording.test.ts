import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import english from "@/lib/i18n/messages/en";
import { originSentence } from "./assignment-wording";

const t = createTranslator({ locale: "en", messages: english, namespace: "assignment.origin" });
const row = { byDesk: false, tookItThemselves: false, deciding: false };
const said = (facts: Partial<typeof row>, you: boolean) =>
  t.markup(originSentence({ ...row, ...facts }, you), {
    by: "Samira Haddad",
    on: "4 Dec 2026",
    person: (chunks) => chunks,
  });

describe("how an assignment came about", () => {
  it("names the editor who assigned it, and says when it is a deciding look", () => {
    expect(said({}, false)).toBe("Samira Haddad assigned it on 4 Dec 2026.");
    expect(said({ deciding: true }, false)).toBe(
      "Samira Haddad assigned it on 4 Dec 2026, for a deciding look.",
    );
    expect(said({ byDesk: true, deciding: true }, false)).toBe(
      "The desk assigned it on 4 Dec 2026, for a deciding look.",
    );
  });

  it("says a person took it, and still that it is a deciding look when an editor took their own proposal", () => {
    expect(said({ tookItThemselves: true }, false)).toBe("Took it on 4 Dec 2026.");
    expect(said({ tookItThemselves: true }, true)).toMatch(/^You took it on /);
    expect(said({ tookItThemselves: true, deciding: true }, false)).toBe(
      "Took it on 4 Dec 2026, for a deciding look.",
    );
    expect(said({ tookItThemselves: true, deciding: true }, true)).toBe(
      "You took it on 4 Dec 2026, for a deciding look.",
    );
  });
});
