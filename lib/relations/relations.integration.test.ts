import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { englishOf } from "@/scripts/testing/in-english";
import { getDb } from "@/db";
import {
  auditEvents,
  claimRelations,
  claims,
  evidence,
  reports,
  verdicts,
  type User,
} from "@/db/schema";
import { rateToQuorum, statusOf } from "@/scripts/testing/evidence-fixtures";
import { makeClaim as makeTestClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { ForbiddenError } from "@/lib/auth/authorization";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { addRelation } from "./add";
import { getClaimComparison } from "./compare";
import { listClaimRelations } from "./list";
import { removeRelation } from "./remove";
import { escapeLike } from "@/lib/text/like";
import { searchClaimsToLink } from "./search";

let reviewer: User;
let otherReviewer: User;
let editor: User;
let reportId: number;

beforeAll(async () => {
  [reviewer, otherReviewer, editor] = await Promise.all([
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("editor"),
  ]);
  const [report] = await getDb()
    .insert(reports)
    .values({ title: "Relation tests", language: "ar" })
    .returning({ id: reports.id });
  reportId = report!.id;
});

async function makeClaim(statement?: string, quote?: string): Promise<number> {
  return (await makeTestClaim({ reportId, statement, quote })).id;
}

/** Quorum of agreeing A1 ratings, written directly; with a supporting link the claim is well sourced. */
async function rateWellSourced(claimId: number) {
  const raters = await rateToQuorum(claimId);
  await getDb().insert(evidence).values({
    claimId,
    url: "https://news.example/recognition",
    title: "Recognition",
    stance: "supports",
    addedBy: raters[0]!.id,
  });
  await getDb().update(claims).set({ status: "well_sourced" }).where(eq(claims.id, claimId));
}

const auditOf = (claimId: number) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "claim"), eq(auditEvents.entityId, String(claimId))))
    .orderBy(auditEvents.id);

const relationsBetween = (a: number, b: number) =>
  getDb()
    .select()
    .from(claimRelations)
    .where(
      and(inArray(claimRelations.fromClaimId, [a, b]), inArray(claimRelations.toClaimId, [a, b])),
    );

describe("linking claims", () => {
  it("shows the link on both cards, with an audit event in each card's history", async () => {
    const a = await makeClaim();
    const b = await makeClaim();
    const { relationId } = await addRelation(reviewer, {
      claimId: a,
      otherClaimId: b,
      kind: "corroborates",
      note: "  Both put the recognition in July 2025.  ",
    });

    const fromA = await listClaimRelations(reviewer, a);
    const fromB = await listClaimRelations(otherReviewer, b);
    expect(fromA).toMatchObject([
      {
        id: relationId,
        kind: "corroborates",
        otherId: b,
        note: "Both put the recognition in July 2025.",
        createdByName: reviewer.displayName,
        canRemove: true,
      },
    ]);
    expect(fromB).toMatchObject([{ id: relationId, kind: "corroborates", otherId: a }]);
    expect(fromB[0]!.canRemove).toBe(false);
    expect((await listClaimRelations(editor, b))[0]!.canRemove).toBe(true);

    for (const claimId of [a, b]) {
      const [event] = await auditOf(claimId);
      expect(event).toMatchObject({
        action: "relation.add",
        actorId: reviewer.id,
        entityType: "claim",
        after: { relationId, fromClaimId: a, toClaimId: b, kind: "corroborates" },
      });
    }
  });

  it("refuses the same link again, in either direction, on the kind field", async () => {
    const a = await makeClaim();
    const b = await makeClaim();
    await addRelation(reviewer, { claimId: a, otherClaimId: b, kind: "contradicts", note: "" });
    for (const [claimId, otherClaimId] of [
      [a, b],
      [b, a],
    ] as const) {
      const refusal = await addRelation(otherReviewer, {
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
    const a = await makeClaim();
    const b = await makeClaim();
    const results = await Promise.allSettled([
      addRelation(reviewer, { claimId: a, otherClaimId: b, kind: "same_as", note: "" }),
      addRelation(otherReviewer, { claimId: b, otherClaimId: a, kind: "same_as", note: "" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === "rejected");
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(RuleViolation);
    expect(await relationsBetween(a, b)).toHaveLength(1);
  });

  it("refuses a second link of another kind, in either direction, naming the link there is", async () => {
    const a = await makeClaim();
    const b = await makeClaim();
    const first = await addRelation(reviewer, {
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
      const refusal = await addRelation(otherReviewer, {
        claimId,
        otherClaimId,
        kind,
        note: "",
      }).catch((e) => e);
      expect(refusal).toBeInstanceOf(RuleViolation);
      expect(refusal.field).toBe("kind");
      expect(englishOf(refusal)).toContain("already linked as contradicting");
      expect(englishOf(refusal)).toContain("“Contradicted by”");
      expect(englishOf(refusal)).toContain(`linked by ${reviewer.displayName}`);
      expect(englishOf(refusal)).toMatch(/if that link is wrong, remove it first/);
    }
    expect(await relationsBetween(a, b)).toMatchObject([{ id: first.relationId }]);
    expect((await listClaimRelations(reviewer, a)).map((r) => r.kind)).toEqual(["contradicts"]);
    expect((await auditOf(b)).map((e) => e.action)).toEqual(["relation.add"]);

    // once the wrong link is removed, the pair takes the right one
    await removeRelation(reviewer, first.relationId);
    await addRelation(otherReviewer, {
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
      const a = await makeClaim();
      const b = await makeClaim();
      const results = await Promise.allSettled([
        addRelation(reviewer, { claimId: a, otherClaimId: b, kind: "contradicts", note: "" }),
        addRelation(otherReviewer, { claimId: b, otherClaimId: a, kind: "corroborates", note: "" }),
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
    const a = await makeClaim();
    const self = await addRelation(reviewer, {
      claimId: a,
      otherClaimId: a,
      kind: "same_as",
      note: "",
    }).catch((e) => e);
    expect(self).toBeInstanceOf(RuleViolation);
    expect(self.field).toBe("otherClaimId");

    const missing = await addRelation(reviewer, {
      claimId: a,
      otherClaimId: 999_999,
      kind: "same_as",
      note: "",
    }).catch((e) => e);
    expect(missing).toBeInstanceOf(RuleViolation);
    expect(missing.field).toBe("otherClaimId");

    const unknownCard = await addRelation(reviewer, {
      claimId: 999_998,
      otherClaimId: a,
      kind: "same_as",
      note: "",
    }).catch((e) => e);
    expect(unknownCard).toBeInstanceOf(NotFoundError);

    const badKind = await addRelation(reviewer, {
      claimId: a,
      otherClaimId: await makeClaim(),
      kind: "refutes" as "contradicts",
      note: "",
    }).catch((e) => e);
    expect(badKind).toBeInstanceOf(RuleViolation);
    expect(badKind.field).toBe("kind");

    expect(await listClaimRelations(reviewer, a)).toEqual([]);
    expect(await auditOf(a)).toEqual([]);
  });

  it("disputes both quorum-rated claims when they contradict, and not after the link is removed", async () => {
    const a = await makeClaim();
    const b = await makeClaim();
    await rateWellSourced(a);
    await rateWellSourced(b);
    // an open verdict locks ratings, not links
    await getDb()
      .insert(verdicts)
      .values({ claimId: a, verdict: "verified", rationale: "Confirmed.", decidedBy: editor.id });

    const { relationId } = await addRelation(reviewer, {
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

    await removeRelation(reviewer, relationId);
    expect(await statusOf(a)).toBe("well_sourced");
    expect(await statusOf(b)).toBe("well_sourced");
    expect(await listClaimRelations(reviewer, b)).toEqual([]);
  });
});

describe("removing a link", () => {
  it("is refused to another reviewer by the link's id; its maker or an editor may, and both cards record it", async () => {
    const a = await makeClaim();
    const b = await makeClaim();
    const first = await addRelation(reviewer, {
      claimId: a,
      otherClaimId: b,
      kind: "corroborates",
      note: "Same day.",
    });
    const refusal = await removeRelation(otherReviewer, first.relationId).catch((e) => e);
    expect(refusal).toBeInstanceOf(ForbiddenError);
    expect(await relationsBetween(a, b)).toHaveLength(1);

    await removeRelation(reviewer, first.relationId);
    expect(await relationsBetween(a, b)).toHaveLength(0);
    for (const claimId of [a, b]) {
      const events = await auditOf(claimId);
      expect(events.map((e) => e.action)).toEqual(["relation.add", "relation.remove"]);
      expect(events[1]).toMatchObject({
        actorId: reviewer.id,
        before: { relationId: first.relationId, kind: "corroborates", note: "Same day." },
      });
    }

    const second = await addRelation(otherReviewer, {
      claimId: b,
      otherClaimId: a,
      kind: "same_as",
      note: "",
    });
    await removeRelation(editor, second.relationId);
    expect(await relationsBetween(a, b)).toHaveLength(0);

    const gone = await removeRelation(editor, second.relationId).catch((e) => e);
    expect(gone).toBeInstanceOf(NotFoundError);
  });
});

describe("finding a claim to link", () => {
  it("matches English statements and Arabic quotes, leaves out the card's own claim", async () => {
    const tag = randomBytes(4).toString("hex");
    const own = await makeClaim(`Moscow delisted the Taliban in April ${tag}.`);
    const other = await makeClaim(`Moscow delisted the Taliban in April 2024 ${tag}.`);
    const arabic = await makeClaim(
      `Arabic only ${randomBytes(4).toString("hex")}`,
      `رفعت روسيا حركة طالبان من قائمة ${tag}`,
    );

    const byStatement = await searchClaimsToLink(
      reviewer,
      `DELISTED the taliban in april 2024 ${tag}`,
      own,
    );
    expect(byStatement.map((c) => c.id)).toEqual([other]);
    expect(byStatement[0]).toEqual({
      id: other,
      statement: expect.any(String),
      status: "unreviewed",
    });

    const byTag = await searchClaimsToLink(reviewer, tag, own);
    expect(byTag.map((c) => c.id).sort()).toEqual([other, arabic].sort());

    const byQuote = await searchClaimsToLink(reviewer, `حركة طالبان من قائمة ${tag}`);
    expect(byQuote.map((c) => c.id)).toEqual([arabic]);

    expect((await searchClaimsToLink(reviewer, String(other))).map((c) => c.id)).toContain(other);
    // "its number", as the card shows it or as people write it
    for (const written of [`#${other}`, ` #${other} `]) {
      expect((await searchClaimsToLink(reviewer, written)).map((c) => c.id)).toContain(other);
    }
    expect(await searchClaimsToLink(reviewer, "   ")).toEqual([]);
  });

  it("takes % and _ literally and returns at most ten claims", async () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
    const tag = randomBytes(4).toString("hex");
    for (let i = 0; i < 12; i++) await makeClaim(`Bulk claim ${tag} number ${i}.`);
    expect(await searchClaimsToLink(reviewer, `${tag} number`)).toHaveLength(10);
    expect(await searchClaimsToLink(reviewer, "%")).toEqual([]);
    expect(await searchClaimsToLink(reviewer, `Bulk claim ${tag.slice(0, 4)}_`)).toEqual([]);
  });
});

describe("comparing two claims", () => {
  it("gives both claims with their evidence counts and the links between them", async () => {
    const a = await makeClaim();
    const b = await makeClaim();
    await rateWellSourced(a);
    await addRelation(reviewer, { claimId: a, otherClaimId: b, kind: "contradicts", note: "Why." });
    const comparison = await getClaimComparison(reviewer, a, b);
    expect(comparison!.claims.map((c) => c.id)).toEqual([a, b]);
    expect(comparison!.claims[0]!.evidence).toEqual({
      supports: 1,
      contradicts: 0,
      context: 0,
      retracted: 0,
    });
    expect(comparison!.claims[1]!.report).toMatchObject({ id: reportId, title: "Relation tests" });
    expect(comparison!.links).toMatchObject([{ kind: "contradicts", note: "Why." }]);
    expect(await getClaimComparison(reviewer, a, 999_999)).toBeNull();
  });
});
