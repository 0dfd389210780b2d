import { describe, expect, it } from "vitest";
import { claimStatus, verdictKind } from "@/db/schema";
import { getDeskDashboard } from "@/lib/review/dashboard";
import {
  boardStatus,
  family,
  grid,
  makeSelectionScene,
  noPlace,
} from "@/scripts/testing/selection-scene";

/**
 * The board, the export and the dashboard select claims through one module
 * (./selection.ts). This file holds them to it on a desk built so that every
 * filter both pages know (report, entity, event dates, status) cuts through
 * it, each combination in turn (scripts/testing/selection-scene.ts); where
 * they differ by design, selection-by-design.integration.test.ts says so.
 */

// the desk is made once for the file, in its own database
const { viewer, reportIds, entityIds, idOf, sortedIds, board, exported } =
  await makeSelectionScene();

describe("the board, the export and the dashboard select the same claims", () => {
  const places = [
    { reportId: null, entityId: null },
    { reportId: "A", entityId: null },
    { reportId: null, entityId: "X" },
    { reportId: "B", entityId: "Y" },
  ] as const;
  const periods = [
    { from: null, to: null },
    { from: "2025-03-01", to: "2025-03-31" },
    { from: "2025-02-15", to: null },
    { from: null, to: "2024-12-31" },
  ];
  const statuses = [...verdictKind.enumValues, ...claimStatus.enumValues, "all"] as const;

  it("for every combination of report, entity, event dates and status: the board's count and cards are the export's rows", async () => {
    let nonEmpty = 0;
    for (const place of places) {
      for (const period of periods) {
        for (const status of statuses) {
          const shared = {
            reportId: place.reportId && reportIds[place.reportId],
            entityId: place.entityId && entityIds[place.entityId],
            ...period,
          };
          const label = JSON.stringify({ ...place, ...period, status });
          const onBoard = await board({ ...shared, ...boardStatus(status) });
          const inExport = await exported({
            ...shared,
            statuses: status === "all" ? "all" : [status],
          });
          expect(onBoard, label).toEqual(inExport);
          expect(onBoard.total, label).toBe(onBoard.ids.length);
          if (onBoard.total > 0) nonEmpty++;
        }
      }
    }
    // most combinations select something, so agreeing is not agreeing on nothing
    expect(nonEmpty).toBeGreaterThan((places.length * periods.length * statuses.length) / 2);
  });

  it("selects what the fixture says, checked by hand for one combination", async () => {
    // report A, entity X, March 2025, undecided and disputed: the day in March and the year 2025
    const expected = [...grid, ...family.map(([, shape]) => shape)].filter(
      (s) =>
        s.report === "A" &&
        s.entity === "X" &&
        (s.eventDate === "2025-03-10" || s.eventDate === "2025-01-01") &&
        s.status === "disputed" &&
        s.verdict === null,
    );
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const shared = {
      reportId: reportIds.A,
      entityId: entityIds.X,
      from: "2025-03-01",
      to: "2025-03-31",
    };
    expect((await exported({ ...shared, statuses: ["disputed"] })).ids).toEqual(
      sortedIds(expected),
    );
    expect((await board({ ...shared, verdict: "none", status: "disputed" })).ids).toEqual(
      sortedIds(expected),
    );
  });

  it("ClaimReview's decided claims are the board's claims with any standing verdict", async () => {
    const decided = await exported({ ...noPlace, statuses: "all" }, { decidedOnly: true });
    const byVerdict = await Promise.all(
      verdictKind.enumValues.map((verdict) => board({ verdict })),
    );
    expect(decided.ids).toEqual(byVerdict.flatMap((found) => found.ids).sort((a, b) => a - b));
    expect(decided.ids).not.toContain(idOf(grid.find((shape) => shape.reopened)!));
  });

  it("the dashboard's counts are the board's for the same status, and for needs my rating", async () => {
    const dashboard = await getDeskDashboard(viewer);
    for (const { status, count } of dashboard.statusCounts) {
      expect(count, status).toBe((await board({ status })).total);
    }
    expect(dashboard.needsMyRating.count).toBe((await board({ needsMyRating: true })).total);
    expect(dashboard.needsMyRating.count).toBeGreaterThan(0);
  });
});
