/**
 * The claim board's filters as they travel in the URL, so a filtered board
 * can be shared and the Back button restores it. Plain constants and types,
 * without dependencies, so the filter form (a client component) can name its
 * fields from here; parsing lives in ./board-query.ts.
 */
import type { ClaimStatus, VerdictKind } from "@/db/schema";

/**
 * Twelve rows of the two-column grid: a screenful or two to scan, and a page
 * the server renders in a fraction of the time 50 cards took (issue 7).
 */
export const BOARD_PAGE_SIZE = 24;

/**
 * - newest: most recently created first.
 * - disputed: computed status "disputed" first; then claims with a
 *   contradicting claim or live contradicting evidence; then the most
 *   ratings; then newest. Not by how far apart the grades are: that would
 *   tell a reviewer who has not rated yet what the others gave (blind-first).
 * - least-reviewed: fewest ratings first, the longest-waiting (oldest) first
 *   among equals, so the claims that most need eyes come to the top.
 */
export const boardSorts = ["newest", "disputed", "least-reviewed"] as const;
export type BoardSort = (typeof boardSorts)[number];

export type BoardFilter = {
  /** the search as typed (trimmed); "" for none */
  q: string;
  reportId: number | null;
  status: ClaimStatus | null;
  /** an editor's standing verdict of this kind, or "none": claims still waiting for one */
  verdict: VerdictKind | "none" | null;
  entityId: number | null;
  /** claims resting on this source (lib/sources) */
  sourceId: number | null;
  /** claims this reviewer (a user id) has rated */
  reviewerId: string | null;
  /**
   * who holds an open assignment on the claim: "me" (the viewer, so the link
   * works for anyone), a user id, or "none": nobody, the claim is in the pool
   */
  assignee: "me" | "none" | string | null;
  /** an open assignment on the claim is past its due date */
  overdue: boolean;
  /** claims the viewer has not rated and that no standing verdict has locked */
  needsMyRating: boolean;
  /** a contradicting claim, or contradicting evidence that is not retracted */
  hasContradictions: boolean;
  /** a live source whose page is gone or no longer has its quote (lib/evidence/check-outcome.ts) */
  evidenceChanged: boolean;
  /** the claim's event (its day, month or year) overlaps from–to, both inclusive, YYYY-MM-DD */
  from: string | null;
  to: string | null;
  sort: BoardSort;
  page: number;
};

export const defaultBoardFilter: BoardFilter = {
  q: "",
  reportId: null,
  status: null,
  verdict: null,
  entityId: null,
  sourceId: null,
  reviewerId: null,
  assignee: null,
  overdue: false,
  needsMyRating: false,
  hasContradictions: false,
  evidenceChanged: false,
  from: null,
  to: null,
  sort: "newest",
  page: 1,
};

/** Query-string names: short, and stable, since links to the board get shared. */
export const boardParamNames = {
  q: "q",
  reportId: "report",
  status: "status",
  verdict: "verdict",
  entityId: "entity",
  sourceId: "source",
  reviewerId: "reviewer",
  assignee: "assignee",
  overdue: "overdue",
  needsMyRating: "unrated",
  hasContradictions: "contradictions",
  evidenceChanged: "changed",
  from: "from",
  to: "to",
  sort: "sort",
  page: "page",
} as const satisfies Record<keyof BoardFilter, string>;
