/**
 * The selection tests' desk: claims in every combination of report, entity,
 * event date and review (standing, reopened or no verdict; each computed
 * status), with the board-only filters (search, reviewer, needs my rating,
 * contradictions) varied among them, and a claim that passes every board
 * filter beside twins that each fail one. lib/claims' selection tests make it
 * in their own databases and read it through the board and the export.
 */
import { randomBytes } from "node:crypto";
import { getDb } from "@/db";
import {
  claimEntities,
  entities,
  ratings,
  verdicts,
  verdictKind,
  type ClaimStatus,
  type User,
  type VerdictKind,
} from "@/db/schema";
import { listClaimCards } from "@/lib/claims/board";
import { defaultBoardFilter, type BoardFilter } from "@/lib/claims/board-query";
import { countSelection, exportClaimBatches, resolveSelection } from "@/lib/export/query";
import type { ExportSelection, ExportStatus } from "@/lib/export/selection";
import { makeClaims, makeReport, type ClaimSeed } from "./make-claim";
import { makeUser } from "./make-user";

/** What a claim of the fixture is, as the selection sees it. */
export type Shape = {
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

export const dates: Array<Pick<Shape, "eventDate" | "precision">> = [
  { eventDate: "2025-03-10", precision: "day" },
  { eventDate: "2025-02-01", precision: "month" },
  { eventDate: "2025-01-01", precision: "year" },
  { eventDate: "2024-03-01", precision: "month" },
  { eventDate: null, precision: "day" },
];
export const reviews: Array<Pick<Shape, "status" | "verdict" | "reopened">> = [
  { status: "disputed", verdict: null },
  { status: "disputed", verdict: "verified" },
  { status: "well_sourced", verdict: "false" },
  { status: "well_sourced", verdict: null },
  { status: "in_review", verdict: null, reopened: "verified" },
  { status: "mixed", verdict: "misleading" },
];

// every report × entity × event date × review, then the board-only filters varied by position
export const grid: Shape[] = (["A", "B"] as const).flatMap((report) =>
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
export const passesAll: Shape = {
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
export const twins: Record<string, Partial<Shape>> = {
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
export const family: Array<[string, Shape]> = [
  ["passes all", passesAll],
  ...Object.entries(twins).map(([fails, change]): [string, Shape] => [
    `fails ${fails}`,
    { ...passesAll, ...change },
  ]),
];

export const everyFilter: Partial<BoardFilter> = {
  q: "ferry",
  verdict: "none",
  status: "disputed",
  needsMyRating: true,
  hasContradictions: true,
  from: "2025-03-01",
  to: "2025-03-31",
};

export async function makeSelectionScene() {
  const db = getDb();
  // an editor: both the board and the export are theirs to read
  const [viewer, reviewer] = await Promise.all([makeUser("editor"), makeUser("reviewer")]);
  const reportIds = { A: 0, B: 0 };
  const entityIds = { X: 0, Y: 0 };
  const claimIds = new Map<Shape, number>();
  const idOf = (shape: Shape) => claimIds.get(shape)!;
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
    for await (const batch of exportClaimBatches(viewer, resolved, {
      publicUrl: "https://x.test",
    })) {
      ids.push(...batch.map((claim) => claim.id));
    }
    return { total: await countSelection(viewer, resolved), ids: ids.sort((a, b) => a - b) };
  }

  const sortedIds = (shapes: Shape[]) => shapes.map(idOf).sort((a, b) => a - b);
  return { viewer, reviewer, reportIds, entityIds, idOf, sortedIds, board, exported };
}

/** An export selection of no report, entity or dates. */
export const noPlace = { reportId: null, entityId: null, from: null, to: null };

/** The board filter that means the same as one export status. */
export function boardStatus(status: ExportStatus | "all"): Partial<BoardFilter> {
  if (status === "all") return {};
  if ((verdictKind.enumValues as readonly string[]).includes(status)) {
    return { verdict: status as VerdictKind };
  }
  return { verdict: "none", status: status as ClaimStatus };
}
