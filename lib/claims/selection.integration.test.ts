import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import {
  claimEntities,
  claimStatus,
  entities,
  ratings,
  verdicts,
  verdictKind,
  type ClaimStatus,
  type User,
  type VerdictKind,
} from "@/db/schema";
import { makeClaims, makeReport, type ClaimSeed } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { countSelection, exportClaimBatches, resolveSelection } from "@/lib/export/query";
import type { ExportSelection, ExportStatus } from "@/lib/export/selection";
import { getDeskDashboard } from "@/lib/review/dashboard";
import { listClaimCards } from "./board";
import { defaultBoardFilter, type BoardFilter } from "./board-query";

/**
 * The board, the export and the dashboard select claims through one module
 * (./selection.ts). This file holds them to it on a desk built so that every
 * filter both pages know (report, entity, event dates, status) cuts through
 * it, each combination in turn, and every filter the board alone knows
 * (search, reviewer, needs my rating, contradictions) is combined with them.
 *
 * Where the pages differ, they differ by design, and the tests below say so:
 * the board's Status filter reads the computed status whatever verdict
 * stands, the export's statuses the effective one (the standing verdict, or
 * the computed status where none stands); the export takes several statuses
 * at once; and the board's own filters have no export counterpart.
 */

/** What a claim of the fixture is, as the selection sees it. */
type Shape = {
  report: "A" | "B";
  entity: "X" | "Y" | null;
  eventDate: string | null;
  precision: "day" | "month" | "year";
  status: ClaimStatus;
  /** the verdict that stands; a reopened one does not */
  verdict: VerdictKind | null;
  reopened?: VerdictKind;
  word?: string;
  ratedByReviewer?: boolean;
  ratedByViewer?: boolean;
  contradicted?: boolean;
};

const dates: Array<Pick<Shape, "eventDate" | "precision">> = [
  { eventDate: "2025-03-10", precision: "day" },
  { eventDate: "2025-02-01", precision: "month" },
  { eventDate: "2025-01-01", precision: "year" },
  { eventDate: "2024-03-01", precision: "month" },
  { eventDate: null, precision: "day" },
];
const reviews: Array<Pick<Shape, "status" | "verdict" | "reopened">> = [
  { status: "disputed", verdict: null },
  { status: "disputed", verdict: "verified" },
  { status: "well_sourced", verdict: "false" },
  { status: "well_sourced", verdict: null },
  { status: "in_review", verdict: null, reopened: "verified" },
  { status: "mixed", verdict: "misleading" },
];

// every report × entity × event date × review, then the board-only filters varied by position
const grid: Shape[] = (["A", "B"] as const).flatMap((report) =>
  (["X", "Y", null] as const).flatMap((entity) =>
    dates.flatMap((date) => reviews.map((review) => ({ report, entity, ...date, ...review }))),
  ),
);
grid.forEach((shape, i) => {
  shape.ratedByReviewer = i % 2 === 0;
  shape.ratedByViewer = i % 5 === 0;
  shape.contradicted = i % 3 === 0;
});

// One claim passes every filter the board has; each twin fails exactly one.
const passesAll: Shape = {
  report: "A",
  entity: "X",
  eventDate: "2025-03-10",
  precision: "day",
  status: "disputed",
  verdict: null,
  word: "ferry",
  ratedByReviewer: true,
  ratedByViewer: false,
  contradicted: true,
};
const twins: Record<string, Partial<Shape>> = {
  report: { report: "B" },
  entity: { entity: "Y" },
  "event dates": { eventDate: "2024-03-01", precision: "month" },
  "no event date": { eventDate: null },
  verdict: { verdict: "verified" },
  status: { status: "well_sourced" },
  search: { word: "bridge" },
  reviewer: { ratedByReviewer: false },
  "needs my rating": { ratedByViewer: true },
  contradictions: { contradicted: false },
};
const family: Array<[string, Shape]> = [
  ["passes all", passesAll],
  ...Object.entries(twins).map(([fails, change]): [string, Shape] => [
    `fails ${fails}`,
    { ...passesAll, ...change },
  ]),
];

const everyFilter: Partial<BoardFilter> = {
  q: "ferry",
  verdict: "none",
  status: "disputed",
  needsMyRating: true,
  hasContradictions: true,
  from: "2025-03-01",
  to: "2025-03-31",
};

let viewer: User; // an editor: both the board and the export are theirs to read
let reviewer: User;
const reportIds = { A: 0, B: 0 };
const entityIds = { X: 0, Y: 0 };
const claimIds = new Map<Shape, number>();
const idOf = (shape: Shape) => claimIds.get(shape)!;

beforeAll(async () => {
  const db = getDb();
  [viewer, reviewer] = await Promise.all([makeUser("editor"), makeUser("reviewer")]);
  [reportIds.A, reportIds.B] = await Promise.all([makeReport("Ports A"), makeReport("Ports B")]);
  const tag = randomBytes(3).toString("hex");
  const [x, y] = await db
    .insert(entities)
    .values([
      { name: `Harbour Authority ${tag}`, kind: "organisation" },
      { name: `Coast Guard ${tag}`, kind: "organisation" },
    ])
    .returning({ id: entities.id });
  [entityIds.X, entityIds.Y] = [x!.id, y!.id];

  const shapes = [...grid, ...family.map(([, shape]) => shape)];
  for (const report of ["A", "B"] as const) {
    const inReport = shapes.filter((shape) => shape.report === report);
    const seeds = inReport.map((shape, i): ClaimSeed => ({
      statement: `The ${shape.word ?? "bridge"} reopened after the storm (${report}${i}).`,
      quote: `أعيد فتح الميناء ${report}${i}`,
      eventDate: shape.eventDate,
      eventDatePrecision: shape.eventDate ? shape.precision : null,
      status: shape.status,
      contradicted: shape.contradicted ?? false,
    }));
    const ids = await makeClaims(reportIds[report], seeds);
    inReport.forEach((shape, i) => claimIds.set(shape, ids[i]!));
  }

  const tagged = shapes.filter((shape) => shape.entity);
  await db
    .insert(claimEntities)
    .values(tagged.map((shape) => ({ claimId: idOf(shape), entityId: entityIds[shape.entity!] })));
  const rated = (who: User, shape: Shape) => ({
    claimId: idOf(shape),
    reviewerId: who.id,
    reliability: "C" as const,
    credibility: 3,
  });
  await db
    .insert(ratings)
    .values([
      ...shapes.filter((s) => s.ratedByReviewer).map((s) => rated(reviewer, s)),
      ...shapes.filter((s) => s.ratedByViewer).map((s) => rated(viewer, s)),
    ]);
  const decided = (shape: Shape, verdict: VerdictKind, reopened: boolean) => ({
    claimId: idOf(shape),
    verdict,
    rationale: "Checked against the port authority's log.",
    decidedBy: viewer.id,
    ...(reopened
      ? { reopenedAt: new Date(), reopenedBy: viewer.id, reopenReason: "New log." }
      : {}),
  });
  await db
    .insert(verdicts)
    .values([
      ...shapes.filter((s) => s.verdict).map((s) => decided(s, s.verdict!, false)),
      ...shapes.filter((s) => s.reopened).map((s) => decided(s, s.reopened!, true)),
    ]);
});

/** Every claim of the board for a filter, walking its pages, and the count it shows. */
async function board(filter: Partial<BoardFilter>) {
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const shown = await listClaimCards(viewer, { ...defaultBoardFilter, ...filter, page });
    ids.push(...shown.cards.map((card) => card.id));
    if (page >= shown.pageCount) return { total: shown.total, ids: ids.sort((a, b) => a - b) };
  }
}

/** Every row of an export of the selection, and the count its audit row records. */
async function exported(selection: ExportSelection, options: { decidedOnly?: boolean } = {}) {
  const resolved = await resolveSelection(viewer, selection, options);
  const ids: number[] = [];
  for await (const batch of exportClaimBatches(viewer, resolved, { publicUrl: "https://x.test" })) {
    ids.push(...batch.map((claim) => claim.id));
  }
  return { total: await countSelection(viewer, resolved), ids: ids.sort((a, b) => a - b) };
}

const noPlace = { reportId: null, entityId: null, from: null, to: null };
const sortedIds = (shapes: Shape[]) => shapes.map(idOf).sort((a, b) => a - b);

/** The board filter that means the same as one export status. */
function boardStatus(status: ExportStatus | "all"): Partial<BoardFilter> {
  if (status === "all") return {};
  if ((verdictKind.enumValues as readonly string[]).includes(status)) {
    return { verdict: status as VerdictKind };
  }
  return { verdict: "none", status: status as ClaimStatus };
}

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

  it("ClaimReview's decided claims are the board's claims with any standing verdict", async () => {
    const decided = await exported({ ...noPlace, statuses: "all" }, { decidedOnly: true });
    const byVerdict = await Promise.all(
      verdictKind.enumValues.map((verdict) => board({ verdict })),
    );
    expect(decided.ids).toEqual(byVerdict.flatMap((found) => found.ids).sort((a, b) => a - b));
    expect(decided.ids).not.toContain(idOf(grid.find((shape) => shape.reopened)!));
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

  it("the dashboard's counts are the board's for the same status, and for needs my rating", async () => {
    const dashboard = await getDeskDashboard(viewer);
    for (const { status, count } of dashboard.statusCounts) {
      expect(count, status).toBe((await board({ status })).total);
    }
    expect(dashboard.needsMyRating.count).toBe((await board({ needsMyRating: true })).total);
    expect(dashboard.needsMyRating.count).toBeGreaterThan(0);
  });
});
