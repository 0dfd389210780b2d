import { and, eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, claims, ratings } from "@/db/schema";
import { makeClaim as makeTestClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { ForbiddenError } from "@/lib/auth/authorization";
import { editClaim } from "@/lib/claims/edit";
import { getClaimHistory } from "@/lib/claims/history";
import { RuleViolation, VersionConflict } from "@/lib/errors";
import english from "@/lib/i18n/messages/en";
import { explainStatus, type StatusVerdict } from "@/lib/review/status";
import { reopenVerdict, setVerdict } from "@/lib/verdicts/decide";
import { getRatingPanel } from "./panel";
import { rateClaim, revealRatings } from "./rate";
import { ratingSchema } from "./rating-fields";
import { englishOf } from "@/scripts/testing/in-english";

const reasonsOf = createTranslator({
  locale: "en",
  messages: english,
  namespace: "review.reasons",
});
/** The status's reasons as the English catalogue says them. */
const explain = (status: StatusVerdict) =>
  explainStatus(status, "", (key, values) => reasonsOf(key, values)).slice(2);

async function makeClaim() {
  return makeTestClaim();
}

const grade = (
  claimId: number,
  reliability: "A" | "B" | "C" | "D" | "E" | "F",
  credibility: number,
) => ratingSchema.parse({ claimId, reliability, credibility });

const auditCount = async (claimId: number, action: string) =>
  getDb().$count(
    auditEvents,
    and(eq(auditEvents.entityId, String(claimId)), eq(auditEvents.action, action)),
  );

describe("rating a claim", () => {
  it("keeps all of 50 concurrent ratings by different reviewers, each with its audit row", async () => {
    const claim = await makeClaim();
    const reviewers = await Promise.all(Array.from({ length: 50 }, () => makeUser("reviewer")));
    await Promise.all(reviewers.map((r, i) => rateClaim(r, grade(claim.id, "B", (i % 2) + 1))));
    expect(await getDb().$count(ratings, eq(ratings.claimId, claim.id))).toBe(50);
    expect(await auditCount(claim.id, "rating.create")).toBe(50);
    const [after] = await getDb().select().from(claims).where(eq(claims.id, claim.id));
    expect(after!.status).toBe("mixed"); // B1/B2 consensus but no supporting evidence yet
  });

  it("leaves one rating when the same reviewer submits twice at once, the change audited", async () => {
    const claim = await makeClaim();
    const reviewer = await makeUser("reviewer");
    await Promise.all([
      rateClaim(reviewer, grade(claim.id, "A", 1)),
      rateClaim(reviewer, grade(claim.id, "C", 3)),
    ]);
    expect(await getDb().$count(ratings, eq(ratings.claimId, claim.id))).toBe(1);
    expect(await auditCount(claim.id, "rating.create")).toBe(1);
    expect(await auditCount(claim.id, "rating.update")).toBe(1);
  });

  it("hides others' grades until the reviewer rates or reveals, and records the reveal", async () => {
    const claim = await makeClaim();
    const [first, second, third] = await Promise.all([
      makeUser("reviewer"),
      makeUser("reviewer"),
      makeUser("reviewer"),
    ]);
    await rateClaim(first!, grade(claim.id, "B", 2));
    const blind = await getRatingPanel(second!, claim.id);
    expect(blind).toMatchObject({ count: 1, mine: null, others: null });

    await rateClaim(second!, grade(claim.id, "D", 5));
    const afterRating = await getRatingPanel(second!, claim.id);
    expect(afterRating.others?.ratings).toHaveLength(2);

    await revealRatings(third!, claim.id);
    await revealRatings(third!, claim.id);
    const revealed = await getRatingPanel(third!, claim.id);
    expect(revealed).toMatchObject({ revealedBeforeRating: true, mine: null });
    expect(revealed.others?.ratings).toHaveLength(2);
    expect(await auditCount(claim.id, "rating.reveal")).toBe(1);
  });

  it("keeps the grades out of a blind reader's status reasons and card history", async () => {
    const claim = await makeClaim();
    const [first, second, third, reader] = await Promise.all([
      makeUser("reviewer"),
      makeUser("reviewer"),
      makeUser("reviewer"),
      makeUser("editor"),
    ]);
    await rateClaim(first!, { ...grade(claim.id, "A", 1), note: "Named official, on record." });
    await rateClaim(second!, grade(claim.id, "E", 5));
    await rateClaim(third!, grade(claim.id, "B", 2));
    await rateClaim(third!, grade(claim.id, "C", 2));

    const gradesIn = (value: unknown) =>
      JSON.stringify(value).match(/"(grade|reliability|credibility|note)"/g) ?? [];
    const blindPanel = await getRatingPanel(reader!, claim.id);
    expect(blindPanel.status.status).toBe("disputed");
    expect(explain(blindPanel.status)).toBe(
      "reliability ratings far apart; credibility ratings far apart",
    );
    const blindHistory = await getClaimHistory(reader!, claim.id);
    const ratingEvents = blindHistory.filter((event) => event.action.startsWith("rating."));
    expect(ratingEvents).toHaveLength(4);
    for (const event of ratingEvents) {
      expect(event.gradesHidden).toBe(true);
      expect(gradesIn([event.before, event.after])).toEqual([]);
    }
    expect(ratingEvents[0]!.after).toMatchObject({ status: "disputed" });

    // once the reader has looked, the history shows what each reviewer gave
    await revealRatings(reader!, claim.id);
    expect(explain((await getRatingPanel(reader!, claim.id)).status)).toBe(
      "reliability ratings span A–E; credibility ratings span 1–5",
    );
    const seen = (await getClaimHistory(reader!, claim.id)).filter((event) =>
      /^rating\.(create|update)$/.test(event.action),
    );
    expect(seen.every((event) => !event.gradesHidden)).toBe(true);
    expect(seen.map((event) => (event.after as { grade: string }).grade)).toEqual([
      "C2",
      "B2",
      "E5",
      "A1",
    ]);
    expect(JSON.stringify(seen)).toContain("Named official, on record.");
  });

  it("refuses grades out of range before they reach the database", () => {
    expect(ratingSchema.safeParse({ claimId: 1, reliability: "G", credibility: 2 }).success).toBe(
      false,
    );
    expect(ratingSchema.safeParse({ claimId: 1, reliability: "A", credibility: 7 }).success).toBe(
      false,
    );
    expect(ratingSchema.safeParse({ claimId: 1, reliability: "A", credibility: 0 }).success).toBe(
      false,
    );
  });
});

describe("verdicts", () => {
  it("lock ratings until an editor reopens, and reviewers cannot set them", async () => {
    const claim = await makeClaim();
    const [reviewer, editor] = await Promise.all([makeUser("reviewer"), makeUser("editor")]);
    const input = {
      claimId: claim.id,
      verdict: "false" as const,
      rationale: "Contradicted twice.",
    };
    await expect(setVerdict(reviewer, input)).rejects.toBeInstanceOf(ForbiddenError);

    await setVerdict(editor, input);
    await expect(setVerdict(editor, input)).rejects.toBeInstanceOf(RuleViolation);
    await expect(rateClaim(reviewer, grade(claim.id, "A", 1))).rejects.toThrow(/ratingsLocked/);
    expect(await getDb().$count(ratings, eq(ratings.claimId, claim.id))).toBe(0);
    expect(await getRatingPanel(reviewer, claim.id)).toMatchObject({
      locked: true,
      verdict: "false",
    });

    await reopenVerdict(editor, { claimId: claim.id, reason: "New evidence arrived today." });
    await rateClaim(reviewer, grade(claim.id, "A", 1));
    expect(await getDb().$count(ratings, eq(ratings.claimId, claim.id))).toBe(1);
    expect(await getRatingPanel(reviewer, claim.id)).toMatchObject({
      locked: false,
      verdict: null,
    });
    expect(await auditCount(claim.id, "verdict.set")).toBe(1);
    expect(await auditCount(claim.id, "verdict.reopen")).toBe(1);
  });
});

describe("editing a claim", () => {
  it("detects a stale version, names who changed it and overwrites nothing", async () => {
    const claim = await makeClaim();
    const [alice, bob, reviewer] = await Promise.all([
      makeUser("editor"),
      makeUser("editor"),
      makeUser("reviewer"),
    ]);
    const edit = {
      claimId: claim.id,
      version: claim.version,
      attribution: "",
      eventDate: null,
      eventDatePrecision: "day" as const,
    };
    await expect(
      editClaim(reviewer, { ...edit, statement: "A reviewer's rewrite." }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await editClaim(alice, { ...edit, statement: "Alice's wording." });
    const conflict = await editClaim(bob, { ...edit, statement: "Bob's wording." }).catch((e) => e);
    expect(conflict).toBeInstanceOf(VersionConflict);
    expect(englishOf(conflict)).toContain(`Changed by ${alice.displayName}`);
    expect(englishOf(conflict)).toContain("Alice's wording.");
    const [stored] = await getDb().select().from(claims).where(eq(claims.id, claim.id));
    expect(stored).toMatchObject({ statement: "Alice's wording.", version: claim.version + 1 });
  });
});
