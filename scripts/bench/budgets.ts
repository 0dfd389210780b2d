/**
 * The bench's budgets, and the checks that hold a run to them. A failed check
 * fails the bench (exit code 1), never the test suite: the smoke test runs
 * the bench at 100 claims only to prove that it still works. Pages and
 * writes are held to ratios of this run's own floors (./ratio-budgets.ts);
 * the export, memory, plans, bundle and growth keep absolute budgets.
 */
import type {
  Check,
  LoadMeasurement,
  RouteJs,
  ScaleResult,
  ScenarioName,
  ScenarioResult,
} from "./results";
import {
  describeRatios,
  formatRatioBudget,
  pageBudget,
  ratiosOf,
  runFloor,
  writeBudget,
  type Ratio,
  type RatioBudget,
} from "./ratio-budgets";

export const budgets = {
  /**
   * Each scenario held to a ratio: a page against the framework floor, a
   * write against its bare-pg twin. A new scenario's budget is one line here.
   */
  ratio: {
    board: pageBudget,
    "search-en": pageBudget,
    "search-ar": pageBudget,
    claim: pageBudget,
    notifications: pageBudget,
    similar: pageBudget,
    "board-assignee": pageBudget,
    rating: writeBudget,
    comment: writeBudget,
  } as Partial<Record<ScenarioName, RatioBudget>>,
  exportSeconds: 3,
  /**
   * Statements one claim page may make. Each round trip costs the server
   * CPU in the socket alone (issue 23); the page read 35 before its panels
   * shared one read of the claim (lib/claims/page-reads.ts), 14 after.
   */
  claimPageStatements: 15,
  rssMb: 500,
  /**
   * The board's first load was 142.6 kB before the interface spoke Arabic; issue 20
   * allowed it 10% more for the catalogues' runtime, and no more.
   */
  boardFirstLoadKb: 157,
  /** p95 at the largest scale over p95 at the smallest, at most */
  growth: { claim: 1.5, rating: 1.5, board: 2 } as Partial<Record<ScenarioName, number>>,
};

export const BOARD_ROUTE = "/claims";

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

export type ScenarioVerdict = {
  budget: string;
  /** null: the scenario has no budget (a floor) or did not run on purpose */
  pass: boolean | null;
  ratios: Ratio[];
  /** why a ratio budget could not be judged (and so failed) */
  missing?: string;
};

/**
 * A scenario's budget and whether it held, against the run's floor (null when
 * the run measured none: the page budgets then fail, being unjudged).
 */
export function scenarioBudget(
  result: ScenarioResult,
  floor: LoadMeasurement | null,
): ScenarioVerdict {
  const app = result.app;
  if (result.failure) return { budget: "—", pass: false, ratios: [] };
  if (result.skipped || !app) return { budget: "—", pass: null, ratios: [] };
  const parts: string[] = [];
  let pass = true;
  let ratios: Ratio[] = [];
  let missing: string | undefined;
  if (result.scenario === "export") {
    parts.push(`< ${budgets.exportSeconds} s`);
    pass &&= app.latency.max < budgets.exportSeconds * 1000;
  }
  const ratioBudget = budgets.ratio[result.scenario];
  if (ratioBudget) {
    parts.push(formatRatioBudget(ratioBudget));
    ({ ratios, missing } = ratiosOf(ratioBudget, result, floor));
    pass &&= !missing && ratios.every((r) => r.pass);
  }
  parts.push("0 errors");
  pass &&= app.errors === 0 && app.requests > 0;
  return { budget: parts.join(", "), pass, ratios, missing };
}

function scenarioChecks(scale: ScaleResult, floor: LoadMeasurement | null): Check[] {
  return scale.scenarios.flatMap((result): Check[] => {
    const { budget, pass, ratios, missing } = scenarioBudget(result, floor);
    const subject = `${scale.scale} claims: ${result.scenario}`;
    if (result.failure)
      return [{ subject, measured: `failed: ${result.failure}`, budget: "runs", pass: false }];
    if (pass === null || !result.app) return [];
    const figures =
      result.scenario === "export"
        ? `slowest ${(result.app.latency.max / 1000).toFixed(2)} s`
        : (missing ?? describeRatios(ratios)) || `p95 ${ms(result.app.latency.p95)}`;
    const measured = `${figures}, ${result.app.errors} errors`;
    return [{ subject, measured, budget, pass, ...(ratios.length ? { ratios } : {}) }];
  });
}

/** Every budget of a run: per scenario, memory, query plans, first-load JS, growth. */
export function runChecks(scales: ScaleResult[], firstLoadJs: RouteJs[]): Check[] {
  const checks: Check[] = [];
  const floor = runFloor(scales);
  for (const scale of scales) {
    checks.push(...scenarioChecks(scale, floor));
    checks.push({
      subject: `${scale.scale} claims: server RSS`,
      measured: `peak ${Math.round(scale.memory.peakMb)} MB`,
      budget: `< ${budgets.rssMb} MB`,
      pass: scale.memory.samples > 0 && scale.memory.peakMb < budgets.rssMb,
    });
    checks.push({
      subject: `${scale.scale} claims: query plans`,
      measured: scale.plans.seqScans.length
        ? scale.plans.seqScans.join("; ")
        : `${scale.plans.checked} single-claim queries, no Seq Scan`,
      budget: "no Seq Scan on ratings, comments, audit_events for one claim",
      pass: scale.plans.checked > 0 && scale.plans.seqScans.length === 0,
    });
    if (scale.claimPageStatements) {
      const { most, path } = scale.claimPageStatements;
      checks.push({
        subject: `${scale.scale} claims: statements per claim page`,
        measured: `${most} (${path})`,
        budget: `≤ ${budgets.claimPageStatements}`,
        pass: most <= budgets.claimPageStatements,
      });
    }
  }
  const board = firstLoadJs.find((route) => route.route === BOARD_ROUTE);
  checks.push({
    subject: `first-load JS ${BOARD_ROUTE}`,
    measured: board ? `${board.gzipKb.toFixed(1)} kB gzip` : "not found in the build",
    budget: `< ${budgets.boardFirstLoadKb} kB`,
    pass: board !== undefined && board.gzipKb < budgets.boardFirstLoadKb,
  });
  checks.push(...growthChecks(scales));
  return checks;
}

/** p95 growth from the smallest to the largest scale of the run (none with one scale). */
export function growthChecks(scales: ScaleResult[]): Check[] {
  if (scales.length < 2) return [];
  const sorted = [...scales].sort((a, b) => a.scale - b.scale);
  const small = sorted[0]!;
  const large = sorted.at(-1)!;
  return Object.entries(budgets.growth).flatMap(([scenario, limit]): Check[] => {
    const before = small.scenarios.find((s) => s.scenario === scenario)?.app;
    const after = large.scenarios.find((s) => s.scenario === scenario)?.app;
    if (!before || !after) return [];
    const growth = growth95(before, after);
    return [
      {
        subject: `growth ${small.scale} → ${large.scale}: ${scenario} p95`,
        measured: `${ms(before.latency.p95)} → ${ms(after.latency.p95)} (${growth.toFixed(2)}×)`,
        budget: `≤ ${limit}×`,
        pass: growth <= limit!,
      },
    ];
  });
}

export function growth95(before: LoadMeasurement, after: LoadMeasurement): number {
  return before.latency.p95 > 0 ? after.latency.p95 / before.latency.p95 : Infinity;
}
