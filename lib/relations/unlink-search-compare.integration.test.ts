import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/authorization";
import { NotFoundError } from "@/lib/errors";
import { addRelation } from "./add";
import { getClaimComparison } from "./compare";
import { removeRelation } from "./remove";
import { escapeLike } from "@/lib/text/like";
import { searchClaimsToLink } from "./search";
import { claimEventsOf as auditOf } from "@/scripts/testing/audit-events";
import {
  rateWellSourced,
  relationDeskForTests,
  relationsBetween,
} from "@/scripts/testing/relation-fixtures";

const desk = relationDeskForTests();

describe("removing a link", () => {
  it("is refused to another reviewer by the link's id; its maker or an editor may, and both cards record it", async () => {
    const a = await desk.claim();
    const b = await desk.claim();
    const first = await addRelation(desk.reviewer, {
      claimId: a,
      otherClaimId: b,
      kind: "corroborates",
      note: "Same day.",
    });
    const refusal = await removeRelation(desk.otherReviewer, first.relationId).catch((e) => e);
    expect(refusal).toBeInstanceOf(ForbiddenError);
    expect(await relationsBetween(a, b)).toHaveLength(1);

    await removeRelation(desk.reviewer, first.relationId);
    expect(await relationsBetween(a, b)).toHaveLength(0);
    for (const claimId of [a, b]) {
      const events = await auditOf(claimId);
      expect(events.map((e) => e.action)).toEqual(["relation.add", "relation.remove"]);
      expect(events[1]).toMatchObject({
        actorId: desk.reviewer.id,
        before: { relationId: first.relationId, kind: "corroborates", note: "Same day." },
      });
    }

    const second = await addRelation(desk.otherReviewer, {
      claimId: b,
      otherClaimId: a,
      kind: "same_as",
      note: "",
    });
    await removeRelation(desk.editor, second.relationId);
    expect(await relationsBetween(a, b)).toHaveLength(0);

    const gone = await removeRelation(desk.editor, second.relationId).catch((e) => e);
    expect(gone).toBeInstanceOf(NotFoundError);
  });
});

describe("finding a claim to link", () => {
  it("matches English statements and Arabic quotes, leaves out the card's own claim", async () => {
    const tag = randomBytes(4).toString("hex");
    const own = await desk.claim(`Moscow delisted the Taliban in April ${tag}.`);
    const other = await desk.claim(`Moscow delisted the Taliban in April 2024 ${tag}.`);
    const arabic = await desk.claim(
      `Arabic only ${randomBytes(4).toString("hex")}`,
      `رفعت روسيا حركة طالبان من قائمة ${tag}`,
    );

    const byStatement = await searchClaimsToLink(
      desk.reviewer,
      `DELISTED the taliban in april 2024 ${tag}`,
      own,
    );
    expect(byStatement.map((c) => c.id)).toEqual([other]);
    expect(byStatement[0]).toEqual({
      id: other,
      statement: expect.any(String),
      status: "unreviewed",
    });

    const byTag = await searchClaimsToLink(desk.reviewer, tag, own);
    expect(byTag.map((c) => c.id).sort()).toEqual([other, arabic].sort());

    const byQuote = await searchClaimsToLink(desk.reviewer, `حركة طالبان من قائمة ${tag}`);
    expect(byQuote.map((c) => c.id)).toEqual([arabic]);

    expect((await searchClaimsToLink(desk.reviewer, String(other))).map((c) => c.id)).toContain(
      other,
    );
    // "its number", as the card shows it or as people write it
    for (const written of [`#${other}`, ` #${other} `]) {
      expect((await searchClaimsToLink(desk.reviewer, written)).map((c) => c.id)).toContain(other);
    }
    expect(await searchClaimsToLink(desk.reviewer, "   ")).toEqual([]);
  });

  it("takes % and _ literally and returns at most ten claims", async () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
    const tag = randomBytes(4).toString("hex");
    for (let i = 0; i < 12; i++) await desk.claim(`Bulk claim ${tag} number ${i}.`);
    expect(await searchClaimsToLink(desk.reviewer, `${tag} number`)).toHaveLength(10);
    expect(await searchClaimsToLink(desk.reviewer, "%")).toEqual([]);
    expect(await searchClaimsToLink(desk.reviewer, `Bulk claim ${tag.slice(0, 4)}_`)).toEqual([]);
  });
});

describe("comparing two claims", () => {
  it("gives both claims with their evidence counts and the links between them", async () => {
    const a = await desk.claim();
    const b = await desk.claim();
    await rateWellSourced(a);
    await addRelation(desk.reviewer, {
      claimId: a,
      otherClaimId: b,
      kind: "contradicts",
      note: "Why.",
    });
    const comparison = await getClaimComparison(desk.reviewer, a, b);
    expect(comparison!.claims.map((c) => c.id)).toEqual([a, b]);
    expect(comparison!.claims[0]!.evidence).toEqual({
      supports: 1,
      contradicts: 0,
      context: 0,
      retracted: 0,
    });
    expect(comparison!.claims[1]!.report).toMatchObject({
      id: desk.reportId,
      title: "Relation tests",
    });
    expect(comparison!.links).toMatchObject([{ kind: "contradicts", note: "Why." }]);
    expect(await getClaimComparison(desk.reviewer, a, 999_999)).toBeNull();
  });
});
