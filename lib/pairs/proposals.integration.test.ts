import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { claimResemblances, type User } from "@/db/schema";
import { makeClaims, makeReport } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { listContradictionProposals, listDuplicateProposals } from "./proposals";

/**
 * Hand-made pairs through the desk's lists (the candidates from the database,
 * then the detector): the pairs that must be proposed as contradictions are,
 * with their values, and those that must not (the same number in two digit
 * forms, two numbered flights told alike) are not.
 */

let reviewer: User;
const ids: Record<string, number> = {};

beforeAll(async () => {
  reviewer = await makeUser("reviewer");
  const [wire, radio] = [await makeReport("Wire"), await makeReport("Radio")];
  const [smugglers, sameCount, flightA] = await makeClaims(wire, [
    {
      statement: "Border guards arrested 14 Iranian fuel smugglers at the Islam Qala crossing.",
      quote: "اعتقل حرس الحدود ١٤ مهربا إيرانيا للوقود في معبر إسلام قلعة",
    },
    {
      statement: "The Kandahar health office counted 37 cholera cases in the Spin Boldak camps.",
      quote: "سجل مكتب الصحة في قندهار 37 حالة كوليرا في مخيمات سبين بولدك",
    },
    {
      statement: "Kam Air flight 661 landed in Herat with 120 passengers on 9 June 2025.",
      quote: "هبطت رحلة كام إير 661 في هرات وعلى متنها 120 راكبا في 9 يونيو 2025",
    },
  ]);
  const [smugglersAgain, sameCountAgain, flightB] = await makeClaims(radio, [
    {
      statement: "Border guards arrested 41 Iranian fuel smugglers at the Islam Qala crossing.",
      quote: "اعتقل حرس الحدود 41 مهربا إيرانيا للوقود في معبر إسلام قلعة",
    },
    {
      statement: "The Kandahar health office counted ٣٧ cholera cases in the Spin Boldak camps.",
      quote: "سجل مكتب الصحة في قندهار ٣٧ حالة كوليرا في مخيمات سبين بولدك",
    },
    {
      statement: "Kam Air flight 268 landed in Herat with 140 passengers on 2 June 2025.",
      quote: "هبطت رحلة كام إير 268 في هرات وعلى متنها 140 راكبا في 2 يونيو 2025",
    },
  ]);
  Object.assign(ids, {
    smugglers,
    smugglersAgain,
    sameCount,
    sameCountAgain,
    flightA,
    flightB,
  });
});

const proposes = (
  proposals: Array<{ claims: [{ id: number }, { id: number }] }>,
  a: number,
  b: number,
) =>
  proposals.some(
    ({ claims: [left, right] }) =>
      (left.id === a && right.id === b) || (left.id === b && right.id === a),
  );

describe("the desk's possible contradictions, from the database", () => {
  it("proposes the same arrest with 14 (Arabic-Indic digits) and 41 (Western), with the values", async () => {
    const proposals = await listContradictionProposals(reviewer);
    const proposal = proposals.find(({ claims: [left] }) =>
      [ids.smugglers, ids.smugglersAgain].includes(left.id),
    );
    expect(proposes(proposals, ids.smugglers!, ids.smugglersAgain!)).toBe(true);
    expect(proposal!.conflicts.map((conflict) => [...conflict.values].sort())).toEqual([
      ["14", "41"],
    ]);
  });

  it("does not propose the same count written in two digit forms; it is a possible duplicate", async () => {
    expect(
      proposes(await listContradictionProposals(reviewer), ids.sameCount!, ids.sameCountAgain!),
    ).toBe(false);
    expect(
      proposes(await listDuplicateProposals(reviewer), ids.sameCount!, ids.sameCountAgain!),
    ).toBe(true);
  });

  it("does not propose two flights, alike in words, whose numbers and dates differ", async () => {
    expect(proposes(await listContradictionProposals(reviewer), ids.flightA!, ids.flightB!)).toBe(
      false,
    );
    // the pair was a candidate (the two read alike): the detector, not the lookup, left it out
    const [low, high] = [ids.flightA!, ids.flightB!].sort((x, y) => x - y);
    expect(
      await getDb()
        .select()
        .from(claimResemblances)
        .where(and(eq(claimResemblances.claimId, low!), eq(claimResemblances.otherClaimId, high!))),
    ).toHaveLength(1);
    expect(proposes(await listDuplicateProposals(reviewer), ids.flightA!, ids.flightB!)).toBe(
      false,
    );
  });
});
