import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, claims, reports, type User } from "@/db/schema";
import { rateClaim } from "@/lib/ratings/rate";
import { setVerdict } from "@/lib/verdicts/decide";
import { makeClaim, makeReport } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { getFirstSteps, setFirstStepsShown } from "./first-steps";

/**
 * The dashboard's first steps point at real things: the card a reviewer's
 * grade helps most, the report that reads best, a card ready for an
 * editor's verdict, the accounts and the audit trail; and each person puts
 * them away for themselves only.
 */

let reviewers: User[];
let editor: User;
let admin: User;
let nearlyDone: number;
let ready: number;

beforeAll(async () => {
  reviewers = await Promise.all([1, 2, 3, 4].map(() => makeUser("reviewer")));
  editor = await makeUser("editor");
  admin = await makeUser("admin");
  // the oldest card has no grade: a reviewer is still sent to the one with the most
  await makeClaim();
  const [twice, full] = [await makeClaim(), await makeClaim()];
  nearlyDone = twice.id;
  ready = full.id;
  for (const reviewer of reviewers.slice(0, 2)) {
    await rateClaim(reviewer, { claimId: twice.id, reliability: "B", credibility: 2, note: null });
  }
  for (const reviewer of reviewers.slice(0, 3)) {
    await rateClaim(reviewer, { claimId: full.id, reliability: "A", credibility: 1, note: null });
  }
});

describe("first steps", () => {
  it("send a reviewer to the card their grade may complete, and to a report with its text", async () => {
    const steps = await getFirstSteps(reviewers[3]!);
    expect(steps).toMatchObject({ role: "reviewer", quorum: 3 });
    if (steps?.role !== "reviewer") throw new Error("not a reviewer's steps");
    // the card with three grades has the most, and this reviewer has graded neither
    expect(steps.claimToGrade).toMatchObject({ id: ready, ratingCount: 3 });
    expect(steps.reportToRead).toBeNull();

    // a reviewer who has graded that one is sent to the next
    const other = await getFirstSteps(reviewers[0]!);
    if (other?.role !== "reviewer") throw new Error("not a reviewer's steps");
    expect(other.claimToGrade?.id).not.toBe(ready);
    expect(other.claimToGrade?.id).not.toBe(nearlyDone);

    const reportId = await makeReport("Report with text");
    await getDb()
      .update(reports)
      .set({ fullText: "قال المتحدث إن 22 متدربا سافروا." })
      .where(eq(reports.id, reportId));
    const withText = await getFirstSteps(reviewers[3]!);
    if (withText?.role !== "reviewer") throw new Error("not a reviewer's steps");
    expect(withText.reportToRead).toMatchObject({ id: reportId, highlighted: 0 });
  });

  it("send an editor to a card with its quorum and no verdict, and count the decided", async () => {
    const before = await getFirstSteps(editor);
    expect(before).toMatchObject({ role: "editor", claimToDecide: { id: ready }, decided: 0 });

    await setVerdict(editor, {
      claimId: ready,
      verdict: "verified",
      rationale: "Three A1 grades.",
    });
    const after = await getFirstSteps(editor);
    expect(after).toMatchObject({ role: "editor", claimToDecide: null, decided: 1 });
    const [decided] = await getDb().select().from(claims).where(eq(claims.id, ready));
    expect(decided!.ratingCount).toBe(3);
  });

  it("send an admin to the accounts and the audit trail", async () => {
    const steps = await getFirstSteps(admin);
    if (steps?.role !== "admin") throw new Error("not an admin's steps");
    expect(steps.accounts).toBeGreaterThanOrEqual(6);
    expect(steps.activeAccounts).toBe(steps.accounts);
    expect(steps.newestEventId).toBeGreaterThan(0);
  });

  it("are put away and brought back per account, without an audit event", async () => {
    const [eventsBefore] = await getDb().select({ n: count() }).from(auditEvents);
    await setFirstStepsShown(reviewers[1]!, false);
    await setFirstStepsShown(reviewers[1]!, false);
    expect(await getFirstSteps(reviewers[1]!)).toBeNull();
    expect(await getFirstSteps(reviewers[2]!)).not.toBeNull();

    await setFirstStepsShown(reviewers[1]!, true);
    expect(await getFirstSteps(reviewers[1]!)).not.toBeNull();
    const [eventsAfter] = await getDb().select({ n: count() }).from(auditEvents);
    expect(eventsAfter!.n).toBe(eventsBefore!.n);
  });
});
