import { beforeAll, describe, expect, it } from "vitest";
import type { ReliabilityGrade, User, VerdictKind } from "@/db/schema";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { rateClaim } from "@/lib/ratings/rate";
import { reopenVerdict, setVerdict } from "@/lib/verdicts/decide";
import { letterBands } from "./calibration";
import { getDeskDashboard } from "./dashboard";

let omar: User;
let lina: User;
let editor: User;

beforeAll(async () => {
  [omar, lina, editor] = await Promise.all([
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("editor"),
  ]);
});

/** A claim graded by each reviewer as given, then decided (or not). */
async function claimGraded(
  grades: Array<[User, ReliabilityGrade]>,
  verdict: VerdictKind | null,
  options: { reopened?: boolean } = {},
) {
  const claim = await makeClaim();
  for (const [reviewer, letter] of grades) {
    await rateClaim(reviewer, {
      claimId: claim.id,
      reliability: letter,
      credibility: 2,
      note: null,
    });
  }
  if (verdict) await setVerdict(editor, { claimId: claim.id, verdict, rationale: "Checked." });
  if (options.reopened) {
    await reopenVerdict(editor, { claimId: claim.id, reason: "New footage came to light." });
  }
}

const calibrationOf = async (reviewer: User) =>
  (await getDeskDashboard(reviewer)).calibration.find((row) => row.reviewerId === reviewer.id);

describe("calibration on the dashboard", () => {
  it("sets each reviewer's letters against the verdicts their claims received, decided claims only", async () => {
    await claimGraded(
      [
        [omar, "A"],
        [lina, "C"],
      ],
      "false",
    );
    await claimGraded(
      [
        [omar, "B"],
        [lina, "B"],
      ],
      "false",
    );
    await claimGraded(
      [
        [omar, "A"],
        [lina, "A"],
      ],
      "verified",
    );
    await claimGraded(
      [
        [omar, "E"],
        [lina, "D"],
      ],
      "misleading",
    );
    await claimGraded([[omar, "F"]], "unproven");
    // neither an open claim nor a reopened verdict counts
    await claimGraded(
      [
        [omar, "A"],
        [lina, "A"],
      ],
      null,
    );
    await claimGraded([[omar, "A"]], "false", { reopened: true });

    const calibration = await calibrationOf(omar);
    expect(calibration).toMatchObject({ displayName: omar.displayName, decided: 5 });
    expect(calibration!.bands).toEqual([
      { band: "A–B", decided: 3, verdicts: { verified: 1, false: 2, misleading: 0, unproven: 0 } },
      { band: "D–E", decided: 1, verdicts: { verified: 0, false: 0, misleading: 1, unproven: 0 } },
      { band: "F", decided: 1, verdicts: { verified: 0, false: 0, misleading: 0, unproven: 1 } },
    ]);
    const linas = await calibrationOf(lina);
    expect(linas!.bands.map((row) => [row.band, row.decided])).toEqual([
      ["A–B", 2],
      ["C", 1],
      ["D–E", 1],
    ]);
    // bands come in letter order
    expect(letterBands).toEqual(["A–B", "C", "D–E", "F"]);
  });

  it("counts a reviewer's grade as it stands now, once per claim", async () => {
    const before = (await calibrationOf(lina))?.decided ?? 0;
    const claim = await makeClaim();
    await rateClaim(lina, { claimId: claim.id, reliability: "A", credibility: 1, note: null });
    await rateClaim(lina, { claimId: claim.id, reliability: "D", credibility: 4, note: null });
    await setVerdict(editor, { claimId: claim.id, verdict: "false", rationale: "Checked." });
    const after = await calibrationOf(lina);
    expect(after!.decided).toBe(before + 1);
    expect(after!.bands.find((row) => row.band === "D–E")!.verdicts.false).toBe(1);
  });
});
