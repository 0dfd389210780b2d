import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { ratings, verdicts, type User } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/authorization";
import { RuleViolation } from "@/lib/errors";
import { rateClaim } from "@/lib/ratings/rate";
import { reopenVerdict, setVerdict } from "@/lib/verdicts/decide";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { refusalOf } from "@/scripts/testing/refusal-of";

/**
 * A rating and a verdict are refused by the very rules the rating and verdict
 * panels offer their forms by (mayRateClaim, maySetVerdict, mayReopenVerdict),
 * not by checks of their own that could drift from them: change the rule and
 * the write follows. Each rule is the real one unless a test overrides it.
 */

const overrides = vi.hoisted(() => ({
  mayRateClaim: undefined as undefined | (() => boolean),
  maySetVerdict: undefined as undefined | (() => boolean),
  mayReopenVerdict: undefined as undefined | (() => boolean),
}));

vi.mock("@/lib/ratings/permissions", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/ratings/permissions")>();
  return {
    ...real,
    mayRateClaim: (...args: Parameters<typeof real.mayRateClaim>) =>
      overrides.mayRateClaim?.() ?? real.mayRateClaim(...args),
  };
});
vi.mock("@/lib/verdicts/permissions", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/verdicts/permissions")>();
  return {
    ...real,
    maySetVerdict: (...args: Parameters<typeof real.maySetVerdict>) =>
      overrides.maySetVerdict?.() ?? real.maySetVerdict(...args),
    mayReopenVerdict: (...args: Parameters<typeof real.mayReopenVerdict>) =>
      overrides.mayReopenVerdict?.() ?? real.mayReopenVerdict(...args),
  };
});

afterEach(() => {
  overrides.mayRateClaim = overrides.maySetVerdict = overrides.mayReopenVerdict = undefined;
});

let reviewer: User;
let editor: User;
beforeAll(async () => {
  [reviewer, editor] = await Promise.all([makeUser("reviewer"), makeUser("editor")]);
});

const grade = (claimId: number) => ({
  claimId,
  reliability: "B" as const,
  credibility: 2,
  note: null,
});
const decision = (claimId: number) => ({
  claimId,
  verdict: "false" as const,
  rationale: "Contradicted twice.",
});

describe("the writes ask the panels' rules", () => {
  it("a rating is refused, and nothing saved, when mayRateClaim refuses it", async () => {
    const claim = await makeClaim();
    overrides.mayRateClaim = () => false;
    expect(await refusalOf(rateClaim(reviewer, grade(claim.id)))).toBeInstanceOf(ForbiddenError);
    expect(await getDb().$count(ratings, eq(ratings.claimId, claim.id))).toBe(0);
  });

  it("a verdict is refused, and nothing saved, when maySetVerdict refuses it", async () => {
    const claim = await makeClaim();
    overrides.maySetVerdict = () => false;
    expect(await refusalOf(setVerdict(editor, decision(claim.id)))).toBeInstanceOf(ForbiddenError);
    expect(await getDb().$count(verdicts, eq(verdicts.claimId, claim.id))).toBe(0);
  });

  it("a reopening is refused, and the verdict stands, when mayReopenVerdict refuses it", async () => {
    const claim = await makeClaim();
    await setVerdict(editor, decision(claim.id));
    overrides.mayReopenVerdict = () => false;
    expect(
      await refusalOf(reopenVerdict(editor, { claimId: claim.id, reason: "New evidence today." })),
    ).toBeInstanceOf(ForbiddenError);
    const [standing] = await getDb().select().from(verdicts).where(eq(verdicts.claimId, claim.id));
    expect(standing!.reopenedAt).toBeNull();
  });
});

describe("with the real rules, the refusals the forms show", () => {
  it("a reviewer may neither set nor reopen a verdict: forbidden", async () => {
    const claim = await makeClaim();
    expect(await refusalOf(setVerdict(reviewer, decision(claim.id)))).toBeInstanceOf(
      ForbiddenError,
    );
    await setVerdict(editor, decision(claim.id));
    expect(
      await refusalOf(
        reopenVerdict(reviewer, { claimId: claim.id, reason: "New evidence today." }),
      ),
    ).toBeInstanceOf(ForbiddenError);
    expect(await refusalOf(setVerdict(reviewer, decision(claim.id)))).toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("a standing verdict locks ratings and a second verdict; nothing stands to reopen after", async () => {
    const claim = await makeClaim();
    await setVerdict(editor, decision(claim.id));
    const locked = await refusalOf(rateClaim(reviewer, grade(claim.id)));
    expect(locked).toBeInstanceOf(RuleViolation);
    expect((locked as RuleViolation).message).toMatch(/ratingsLocked/);
    const second = await refusalOf(setVerdict(editor, decision(claim.id)));
    expect(second).toBeInstanceOf(RuleViolation);
    expect((second as RuleViolation).message).toMatch(/verdictStands/);

    await reopenVerdict(editor, { claimId: claim.id, reason: "New evidence today." });
    const nothing = await refusalOf(
      reopenVerdict(editor, { claimId: claim.id, reason: "Again, by mistake." }),
    );
    expect(nothing).toBeInstanceOf(RuleViolation);
    expect((nothing as RuleViolation).message).toMatch(/nothingToReopen/);
  });
});
