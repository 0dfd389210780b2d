import { describe, expect, it } from "vitest";
import { claimStatus, verdictKind } from "@/db/schema";
import {
  everyFilter,
  family,
  makeSelectionScene,
  noPlace,
  passesAll,
} from "@/scripts/testing/selection-scene";

/**
 * Where the board and the export select differently, they do so by design:
 * the board's Status filter reads the computed status whatever verdict
 * stands, the export's statuses the effective one (the standing verdict, or
 * the computed status where none stands); the export takes several statuses
 * at once; and the board's own filters (search, reviewer, needs my rating,
 * contradictions) have no export counterpart. On the same desk as
 * selection-agreement.integration.test.ts.
 */

// the desk is made once for the file, in its own database
const { reviewer, reportIds, entityIds, idOf, board, exported } = await makeSelectionScene();

describe("where the board and the export differ, by design", () => {
  it("by design, the board's Status filter reads the computed status and the export's the effective one", async () => {
    for (const status of claimStatus.enumValues) {
      const computed = await board({ status });
      const effective = await exported({ ...noPlace, statuses: [status] });
      // the board also shows the claims an editor has decided since, beside their verdict
      const decided = computed.ids.filter((id) => !effective.ids.includes(id));
      expect(
        effective.ids.every((id) => computed.ids.includes(id)),
        status,
      ).toBe(true);
      const withVerdict = await Promise.all(
        verdictKind.enumValues.map((verdict) => board({ status, verdict })),
      );
      expect(decided, status).toEqual(
        withVerdict.flatMap((found) => found.ids).sort((a, b) => a - b),
      );
    }
    // disputed claims with a standing verdict exist, so the difference is real here
    const disputed = await board({ status: "disputed" });
    const undecided = await exported({ ...noPlace, statuses: ["disputed"] });
    expect(disputed.total).toBeGreaterThan(undecided.total);
  });

  it("by design, an export takes several statuses at once: the board's selections for each, together", async () => {
    const together = await exported({ ...noPlace, statuses: ["verified", "false", "disputed"] });
    const each = await Promise.all([
      board({ verdict: "verified" }),
      board({ verdict: "false" }),
      board({ verdict: "none", status: "disputed" }),
    ]);
    expect(together.ids).toEqual(each.flatMap((found) => found.ids).sort((a, b) => a - b));
  });

  it("every filter of the board combined selects the one claim that passes them all", async () => {
    const all = await board({
      ...everyFilter,
      reportId: reportIds.A,
      entityId: entityIds.X,
      reviewerId: reviewer.id,
    });
    expect(all.ids).toEqual([idOf(passesAll)]);
    // by design the export has no search, reviewer, needs-my-rating or contradiction filter:
    // the same selection of what both know keeps the twins that fail only those
    const inExport = await exported({
      reportId: reportIds.A,
      entityId: entityIds.X,
      from: "2025-03-01",
      to: "2025-03-31",
      statuses: ["disputed"],
    });
    for (const [name, shape] of family) {
      const boardOnly = ["search", "reviewer", "needs my rating", "contradictions"].some(
        (filter) => name === `fails ${filter}`,
      );
      expect(inExport.ids.includes(idOf(shape)), name).toBe(name === "passes all" || boardOnly);
    }
  });
});
