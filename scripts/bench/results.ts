/**
 * The shape of a benchmark run, as printed and as written to
 * bench/results/latest.json. Pure types and constants, shared by the runner
 * (scripts/bench) and the budget checks.
 */
import type { Ratio } from "./ratio-budgets";
import type { LatencySummary } from "./stats";

/** The scenarios that load pages (or the health check) and replay their SQL through bare pg. */
export const readScenarioNames = [
  "floor",
  "board",
  "search-en",
  "search-ar",
  "claim",
  "similar",
  "notifications",
  "board-assignee",
] as const;

export const scenarioNames = [
  "floor-next-line",
  "floor-next-board",
  "floor-page",
  ...readScenarioNames,
  "rating",
  "comment",
  "export",
] as const;
export type ScenarioName = (typeof scenarioNames)[number];

/** The rows of the separate Next.js app, which `--no-framework-floor` leaves out. */
export const frameworkFloorScenarios = [
  "floor-next-line",
  "floor-next-board",
] as const satisfies readonly ScenarioName[];

export const scenarioLabels: Record<ScenarioName, string> = {
  // What the framework costs by itself: a separate Next.js app with nothing of
  // the desk (scripts/bench/framework-floor), serving a one-line page and the
  // board's markup fed with fixed data. Measured once per run, at the last
  // scale (they do not depend on it). No budget of their own: the board's
  // markup is what every page's budget is a ratio of (./ratio-budgets.ts).
  "floor-next-line": "floor: Next.js alone, one line",
  "floor-next-board": "floor: Next.js alone, the board's markup",
  // The two floors, to read the other rows against: the smallest page the
  // desk renders (signed out, no data), and a request with no render and one
  // small query. Neither has a budget.
  "floor-page": "floor: sign-in page",
  floor: "floor: health check, no render",
  board: "board, filtered + paginated",
  "search-en": "board search, English",
  "search-ar": "board search, Arabic",
  claim: "claim page",
  // GET /api/claims/similar as the Make claim form asks it while a reviewer types
  similar: "similar claims while typing",
  notifications: "notifications inbox, own",
  "board-assignee": "board by assignee (me, a person, nobody, overdue)",
  rating: "rating write (+ audit)",
  comment: "comment write (+ audit)",
  export: "export CSV, all claims",
};

/** One load run: through the app over HTTP, or the same queries through bare pg. */
export type LoadMeasurement = {
  requests: number;
  seconds: number;
  /** completed requests per second */
  rps: number;
  /** milliseconds */
  latency: LatencySummary;
  errors: number;
  /** what the errors were, e.g. "3 × HTTP 500" */
  errorKinds: Record<string, number>;
  /** CPU the server used while measured, in cores (1 = one core busy all the time) */
  serverCores?: number;
};

export type ScenarioResult = {
  scenario: ScenarioName;
  /** why the scenario did not run, when that is expected (a feature not built yet) */
  skipped?: string;
  /** why the scenario broke off: fails the run */
  failure?: string;
  app?: LoadMeasurement;
  /** the ceiling: the same queries through bare pg at the same concurrency */
  bare?: LoadMeasurement;
  /** server RSS (MB, process and its children) at its highest during this scenario */
  peakRssMb?: number;
  /** anything the scenario checked after its run, e.g. audit rows per rating */
  notes?: string[];
};

export type RouteJs = { route: string; files: number; gzipKb: number };

export type ScaleResult = {
  scale: number;
  seed: number;
  generated: { counts: Record<string, number>; seconds: number };
  scenarios: ScenarioResult[];
  memory: { peakMb: number; meanMb: number; samples: number };
  plans: { checked: number; seqScans: string[] };
  /** the most SQL statements one claim page made (of those recorded), and which page */
  claimPageStatements?: { most: number; path: string };
  /**
   * Share of the machine's CPU time used by other processes (not the bench,
   * its server or its database) while this scale was measured: on a shared
   * machine, the figures are pessimistic by about that much.
   */
  otherCpuShare?: number;
  lighthouse?: Array<{ page: string; performance: number; accessibility: number }>;
};

export type BenchRun = {
  startedAt: string;
  /** `--replica`: the desk read from a logical replica on a second embedded cluster */
  replica?: boolean;
  /**
   * The floor every page's ratios are taken against (the framework alone
   * serving the board's markup), once per run; null when it was left out.
   */
  floor: { scenario: ScenarioName; cpuMsPerRequest: number | null; p95Ms: number } | null;
  machine: { cpus: number; memoryGb: number; node: string; platform: string };
  settings: {
    connections: number;
    warmupSeconds: number;
    durationSeconds: number;
    /** the desk read from a logical replica on a second cluster (`--replica`) */
    replica?: boolean;
  };
  scales: ScaleResult[];
  firstLoadJs: RouteJs[];
  checks: Check[];
  pass: boolean;
};

/** One budget line: what was measured, against what, and whether it held. */
export type Check = {
  subject: string;
  measured: string;
  budget: string;
  pass: boolean;
  /** a ratio budget's figures: each ratio, what it is of, its reference and limit */
  ratios?: Ratio[];
};
