import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ReliabilityGrade, User, VerdictKind } from "@/db/schema";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { getRatingPanel } from "@/lib/ratings/panel";
import { rateClaim, revealRatings } from "@/lib/ratings/rate";
import { setVerdict } from "@/lib/verdicts/decide";
import { nameClaimSource } from "./claim-sources";
import { readSourceRecords } from "./record";
import { isThinRecord } from "./record-summary";

let raters: User[];
let reader: User;
let editor: User;

beforeAll(async () => {
  raters = await Promise.all([makeUser("reviewer"), makeUser("reviewer")]);
  [reader, editor] = await Promise.all([makeUser("reviewer"), makeUser("editor")]);
});

type Shape = { verdict?: VerdictKind; letters?: ReliabilityGrade[] };

/** A source resting under claims of these shapes: rated with `letters`, then decided with `verdict`. */
async function sourceWith(shapes: Shape[]) {
  const name = `Nezavisimaya Gazeta ${randomBytes(3).toString("hex")}`;
  const claimIds: number[] = [];
  let sourceId = 0;
  for (const shape of shapes) {
    const claim = await makeClaim();
    claimIds.push(claim.id);
    ({
      source: { id: sourceId },
    } = await nameClaimSource(raters[0]!, {
      claimId: claim.id,
      name,
      kind: "outlet",
    }));
    for (const [i, letter] of (shape.letters ?? []).entries()) {
      await rateClaim(raters[i]!, {
        claimId: claim.id,
        reliability: letter,
        credibility: 3,
        note: null,
      });
    }
    if (shape.verdict) {
      await setVerdict(editor, {
        claimId: claim.id,
        verdict: shape.verdict,
        rationale: "Checked.",
      });
    }
  }
  return { sourceId, claimIds };
}

describe("a source's record", () => {
  it("counts each verdict and the undecided claims", async () => {
    const { sourceId } = await sourceWith([
      { verdict: "verified" },
      { verdict: "verified" },
      { verdict: "false" },
      { verdict: "misleading" },
      {},
      {},
    ]);
    const [record] = await readSourceRecords(reader, [sourceId]);
    expect(record).toMatchObject({
      claims: 6,
      verdicts: { verified: 2, false: 1, misleading: 1, unproven: 0 },
      undecided: 2,
    });
    // four decided: too few to judge
    expect(isThinRecord(record!)).toBe(true);
  });

  it("never counts the claim being rated: neither its verdict nor its ratings", async () => {
    const { sourceId, claimIds } = await sourceWith([
      { letters: ["A", "A"] },
      { verdict: "false", letters: ["E", "D"] },
    ]);
    const [rated, decided] = claimIds as [number, number];
    const [onCard] = await readSourceRecords(raters[0]!, [sourceId], { exceptClaimId: rated });
    expect(onCard).toMatchObject({ claims: 1, verdicts: { false: 1 }, undecided: 0 });
    expect(onCard!.letters).toMatchObject({ A: 0, D: 1, E: 1 });

    // the rating panel shows the same record beside the letters, and only it
    const panel = await getRatingPanel(raters[0]!, rated);
    expect(panel.sourceRecords).toEqual([onCard]);
    const [fromDecided] = await readSourceRecords(raters[0]!, [sourceId], {
      exceptClaimId: decided,
    });
    expect(fromDecided).toMatchObject({ claims: 1, undecided: 1 });
  });

  it("shows letters on an open claim only to a reader who rated it or chose to see them", async () => {
    const { sourceId, claimIds } = await sourceWith([
      { letters: ["B", "C"] },
      { verdict: "verified", letters: ["A", "A"] },
    ]);
    const open = claimIds[0]!;
    // the reader has rated neither: only the decided claim's letters, which no one can change
    const [blind] = await readSourceRecords(reader, [sourceId]);
    expect(blind!.letters).toMatchObject({ A: 2, B: 0, C: 0 });
    expect(blind!.lettersWithheld).toBe(2);

    await revealRatings(reader, open);
    const [revealed] = await readSourceRecords(reader, [sourceId]);
    expect(revealed!.letters).toMatchObject({ A: 2, B: 1, C: 1 });
    expect(revealed!.lettersWithheld).toBe(0);

    // a rater of the open claim sees them too
    const [rater] = await readSourceRecords(raters[1]!, [sourceId]);
    expect(rater!.lettersWithheld).toBe(0);
  });

  it("is empty for a source with no other claims, and lists several sources in the order asked", async () => {
    const first = await sourceWith([{}]);
    const second = await sourceWith([{ verdict: "unproven" }]);
    const records = await readSourceRecords(reader, [second.sourceId, first.sourceId], {
      exceptClaimId: first.claimIds[0],
    });
    expect(records.map((record) => [record.sourceId, record.claims])).toEqual([
      [second.sourceId, 1],
      [first.sourceId, 0],
    ]);
  });
});
