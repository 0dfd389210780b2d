import { describe, expect, it } from "vitest";
import { englishOf } from "@/scripts/testing/in-english";
import { getDb } from "@/db";
import { verdicts } from "@/db/schema";
import { statusOf } from "@/scripts/testing/evidence-fixtures";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { addRelation } from "./add";
import { listClaimRelations } from "./list";
import { removeRelation } from "./remove";
import { claimEventsOf as auditOf } from "@/scripts/testing/audit-events";
import {
  rateWellSourced,
  relationDeskForTests,
  relationsBetween,
} from "@/scripts/testing/relation-fixtures";

const desk = relationDeskForTests();

describe("linking claims", () => {
  it("shows the link on both cards, with an audit event in each card's history", async () => {
    const a = await desk.claim();
    const b = await desk.claim();
    const { relationId } = await addRelation(desk.reviewer, {
      claimId: a,
      otherClaimId: b,
      kind: "corroborates",
      note: "  Both put the recognition in July 2025.  ",
    });

    const fromA = await listClaimRelations(desk.reviewer, a);
    const fromB = await listClaimRelations(desk.otherReviewer, b);
    expect(fromA).toMatchObject([
      {
        id: relationId,
        kind: "corroborates",
        otherId: b,
        note: "Both put the recognition in July 2025.",
        createdByName: desk.reviewer.displayName,
        canRemove: true,
      },
    ]);
    expect(fromB).toMatchObject([{ id: relationId, kind: "corroborates", otherId: a }]);
    expect(fromB[0]!.canRemove).toBe(false);
    expect((await listClaimRelations(desk.editor, b))[0]!.canRemove).toBe(true);

    for (const claimId of [a, b]) {
      const [event] = await auditOf(claimId);
      expect(event).toMatchObject({
        action: "relation.add",
        actorId: desk.reviewer.id,
        entityType: "claim",
        after: { relationId, fromClaimId: a, toClaimId: b, kind: "corroborates" },
      });
    }
  });

  it("refuses the same link again, in either direction, on the kind field", async () => {
    const a = await desk.claim();
    const b = await desk.claim();
    await addRelation(desk.reviewer, {
      claimId: a,
      otherClaimId: b,
      kind: "contradicts",
      note: "",
    });
    for (const [claimId, otherClaimId] of [
      [a, b],
      [b, a],
    ] as const) {
      const refusal = await addRelation(desk.otherReviewer, {
        claimId,
        otherClaimId,
        kind: "contradicts",
        note: "again",
      }).catch((e) => e);
      expect(refusal).toBeInstanceOf(RuleViolation);
      expect(refusal.field).toBe("kind");
      expect(englishOf(refusal)).toMatch(/already linked/);
    }
    expect(await relationsBetween(a, b)).toHaveLength(1);
    expect((await auditOf(a)).map((e) => e.action)).toEqual(["relation.add"]);
  });

  it("lets only one of two reviewers racing to link the same pair succeed", async () => {
    const a = await desk.claim();
    const b = await desk.claim();
    const results = await Promise.allSettled([
      addRelation(desk.reviewer, { claimId: a, otherClaimId: b, kind: "same_as", note: "" }),
      addRelation(desk.otherReviewer, { claimId: b, otherClaimId: a, kind: "same_as", note: "" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === "rejected");
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(RuleViolation);
    expect(await relationsBetween(a, b)).toHaveLength(1);
  });

  it("refuses a second link of another kind, in either direction, naming the link there is", async () => {
    const a = await desk.claim();
    const b = await desk.claim();
    const first = await addRelation(desk.reviewer, {
      claimId: a,
      otherClaimId: b,
      kind: "contradicts",
      note: "",
    });
    for (const [claimId, otherClaimId, kind] of [
      [b, a, "corroborates"],
      [a, b, "corroborates"],
      [b, a, "same_as"],
      [a, b, "same_as"],
    ] as const) {
      const refusal = await addRelation(desk.otherReviewer, {
        claimId,
        otherClaimId,
        kind,
        note: "",
      }).catch((e) => e);
      expect(refusal).toBeInstanceOf(RuleViolation);
      expect(refusal.field).toBe("kind");
      expect(englishOf(refusal)).toContain("already linked as contradicting");
      expect(englishOf(refusal)).toContain("“Contradicted by”");
      expect(englishOf(refusal)).toContain(`linked by ${desk.reviewer.displayName}`);
      expect(englishOf(refusal)).toMatch(/if that link is wrong, remove it first/);
    }
    expect(await relationsBetween(a, b)).toMatchObject([{ id: first.relationId }]);
    expect((await listClaimRelations(desk.reviewer, a)).map((r) => r.kind)).toEqual([
      "contradicts",
    ]);
    expect((await auditOf(b)).map((e) => e.action)).toEqual(["relation.add"]);

    // once the wrong link is removed, the pair takes the right one
    await removeRelation(desk.reviewer, first.relationId);
    await addRelation(desk.otherReviewer, {
      claimId: b,
      otherClaimId: a,
      kind: "corroborates",
      note: "",
    });
    expect(await relationsBetween(a, b)).toMatchObject([{ kind: "corroborates" }]);
  });

  it("lets only one of two reviewers racing to link a pair with different kinds succeed", async () => {
    // several rounds: one lucky interleaving must not hide a race
    for (let round = 0; round < 5; round++) {
      const a = await desk.claim();
      const b = await desk.claim();
      const results = await Promise.allSettled([
        addRelation(desk.reviewer, { claimId: a, otherClaimId: b, kind: "contradicts", note: "" }),
        addRelation(desk.otherReviewer, {
          claimId: b,
          otherClaimId: a,
          kind: "corroborates",
          note: "",
        }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(RuleViolation);
      expect(englishOf(refused.reason)).toMatch(/remove it first/);
      expect(await relationsBetween(a, b)).toHaveLength(1);
      for (const claimId of [a, b]) {
        expect((await auditOf(claimId)).map((e) => e.action)).toEqual(["relation.add"]);
      }
    }
  });

  it("refuses a claim related to itself and a claim that does not exist, saving nothing", async () => {
    const a = await desk.claim();
    const self = await addRelation(desk.reviewer, {
      claimId: a,
      otherClaimId: a,
      kind: "same_as",
      note: "",
    }).catch((e) => e);
    expect(self).toBeInstanceOf(RuleViolation);
    expect(self.field).toBe("otherClaimId");

    const missing = await addRelation(desk.reviewer, {
      claimId: a,
      otherClaimId: 999_999,
      kind: "same_as",
      note: "",
    }).catch((e) => e);
    expect(missing).toBeInstanceOf(RuleViolation);
    expect(missing.field).toBe("otherClaimId");

    const unknownCard = await addRelation(desk.reviewer, {
      claimId: 999_998,
      otherClaimId: a,
      kind: "same_as",
      note: "",
    }).catch((e) => e);
    expect(unknownCard).toBeInstanceOf(NotFoundError);

    const badKind = await addRelation(desk.reviewer, {
      claimId: a,
      otherClaimId: await desk.claim(),
      kind: "refutes" as "contradicts",
      note: "",
    }).catch((e) => e);
    expect(badKind).toBeInstanceOf(RuleViolation);
    expect(badKind.field).toBe("kind");

    expect(await listClaimRelations(desk.reviewer, a)).toEqual([]);
    expect(await auditOf(a)).toEqual([]);
  });

  it("disputes both quorum-rated claims when they contradict, and not after the link is removed", async () => {
    const a = await desk.claim();
    const b = await desk.claim();
    await rateWellSourced(a);
    await rateWellSourced(b);
    // an open verdict locks ratings, not links
    await getDb().insert(verdicts).values({
      claimId: a,
      verdict: "verified",
      rationale: "Confirmed.",
      decidedBy: desk.editor.id,
    });

    const { relationId } = await addRelation(desk.reviewer, {
      claimId: a,
      otherClaimId: b,
      kind: "contradicts",
      note: "Different years.",
    });
    expect(await statusOf(a)).toBe("disputed");
    expect(await statusOf(b)).toBe("disputed");
    expect((await auditOf(b))[0]).toMatchObject({
      before: { status: "well_sourced" },
      after: { status: "disputed" },
    });

    await removeRelation(desk.reviewer, relationId);
    expect(await statusOf(a)).toBe("well_sourced");
    expect(await statusOf(b)).toBe("well_sourced");
    expect(await listClaimRelations(desk.reviewer, b)).toEqual([]);
  });
});
