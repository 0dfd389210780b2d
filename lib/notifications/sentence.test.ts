import { describe, expect, it } from "vitest";
import { defaultDelivery } from "./kinds";
import { notificationSentence, notificationTarget, statementExcerpt } from "./sentence";

const base = {
  actorName: "Samira Haddad",
  claimId: 46,
  statement: "Russia removed the Taliban from its list of terrorist organisations in April 2025",
  commentId: 812,
  detail: {},
};

describe("notification sentences", () => {
  it("say who did what to which claim, as the inbox shows it", () => {
    expect(notificationSentence({ ...base, kind: "mentioned" })).toBe(
      "Samira Haddad mentioned you on claim 46: Russia removed the Taliban from its list of terrorist organisations in April 2025",
    );
    expect(
      notificationSentence({ ...base, kind: "watched_rating", detail: { ratingCount: 3 } }),
    ).toBe(`Samira Haddad rated (3 ratings now) claim 46: ${base.statement}`);
    expect(
      notificationSentence({
        ...base,
        kind: "watched_contradiction",
        detail: { otherClaimId: 12 },
      }),
    ).toMatch(/^Samira Haddad linked claim 12 as contradicting claim 46: /);
    expect(
      notificationSentence({ ...base, kind: "watched_verdict_set", detail: { verdict: "false" } }),
    ).toMatch(/^Samira Haddad set the verdict “False” on claim 46: /);
    expect(notificationSentence({ ...base, actorName: null, kind: "watched_comment" })).toMatch(
      /^The desk commented on claim 46/,
    );
  });

  it("has a sentence and a place for every kind, the assignment kinds included", () => {
    for (const kind of Object.keys(defaultDelivery) as Array<keyof typeof defaultDelivery>) {
      expect(notificationSentence({ ...base, kind })).toContain("claim 46");
      expect(notificationTarget({ ...base, kind })).toMatch(/^\/claims\/46/);
    }
  });

  it("shortens a long statement on a word", () => {
    const excerpt = statementExcerpt("word ".repeat(40));
    expect(excerpt.length).toBeLessThanOrEqual(90);
    expect(excerpt.endsWith("…")).toBe(true);
  });

  it("leads to the exact place on the claim's page", () => {
    expect(notificationTarget({ ...base, kind: "comment_reply" })).toBe("/claims/46#comment-812");
    expect(notificationTarget({ ...base, kind: "assigned" })).toBe(
      "/claims/46#assignments-heading",
    );
    expect(notificationTarget({ ...base, kind: "watched_verdict_reopened" })).toBe(
      "/claims/46#verdict-heading",
    );
    expect(notificationTarget({ ...base, kind: "watched_rating" })).toBe(
      "/claims/46#ratings-heading",
    );
  });
});

describe("a source's page changed", () => {
  it("says what the desk found, with the source's title and never the page's words", () => {
    const gone = { ...base, actorName: null, kind: "watched_evidence_changed" as const };
    expect(
      notificationSentence({
        ...gone,
        detail: { evidenceId: 7, flag: "page_gone", title: "Ministry statement" },
      }),
    ).toBe(`The page of the source “Ministry statement” is gone, on claim 46: ${base.statement}`);
    expect(
      notificationSentence({ ...gone, detail: { evidenceId: 7, flag: "quote_lost", title: "" } }),
    ).toBe(`A source's quote is no longer on its page, on claim 46: ${base.statement}`);
    expect(notificationTarget({ ...gone, detail: { evidenceId: 7 } })).toBe(
      "/claims/46#evidence-7",
    );
  });
});

describe("in Arabic", () => {
  it("says the same in the reader's language, with Arabic plurals, the statement as written", () => {
    const statement = "أعلنت الوزارة إغلاق المعبر ثلاثة أيام";
    expect(notificationSentence({ ...base, statement, kind: "mentioned" }, "ar")).toBe(
      `إشارة إليك من Samira Haddad في الادعاء 46: ${statement}`,
    );
    expect(
      notificationSentence({ ...base, kind: "watched_rating", detail: { ratingCount: 3 } }, "ar"),
    ).toContain("(له الآن 3 تقييمات)");
    expect(
      notificationSentence({ ...base, kind: "watched_rating", detail: { ratingCount: 11 } }, "ar"),
    ).toContain("(له الآن 11 تقييمًا)");
    expect(
      notificationSentence(
        { ...base, kind: "watched_verdict_set", detail: { verdict: "false" } },
        "ar",
      ),
    ).toMatch(/^حكم «خاطئ» من Samira Haddad على الادعاء 46: /);
    expect(notificationSentence({ ...base, actorName: null, kind: "assigned" }, "ar")).toMatch(
      /^أُسند إليك الادعاء 46 من قِبل المكتب: /,
    );
  });

  it("writes counts in Arabic-Indic digits for an account that chose them, the claim's id as it is", () => {
    expect(
      notificationSentence(
        { ...base, kind: "watched_rating", detail: { ratingCount: 3 } },
        "ar",
        "arabic_indic",
      ),
    ).toMatch(/^تقييم جديد من Samira Haddad للادعاء 46 \(له الآن ٣ تقييمات\)/);
  });
});
