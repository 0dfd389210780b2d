/**
 * Issue 7's budgets, and the checks that hold a run to them. A failed check
 * fails the bench (exit code 1), never the test suite: the smoke test runs
 * the bench at 100 claims only to prove that it still works.
 */
import type {
  Check,
  LoadMeasurement,
  RouteJs,
  ScaleResult,
  ScenarioName,
  ScenarioResult,
} from "./results";

export const budgets = {
  /** p95, milliseconds */
  p95Ms: {
    board: 150,
    "search-en": 150,
    "search-ar": 150,
    claim: 150,
    notifications: 150,
    similar: 150,
    "board-assignee": 150,
    rating: 50,
  } as Partial<Record<ScenarioName, number>>,
  exportSeconds: 3,
  /** app requests/s at least this share of bare pg's */
  minBareRatio: 0.5,
  bareRatioScenarios: ["board", "rating"] as ScenarioName[],
  rssMb: 500,
  boardFirstLoadKb: 200,
  /** p95 at the largest scale over p95 at the smallest, at most */
  growth: { claim: 1.5, rating: 1.5, board: 2 } as Partial<Record<ScenarioName, number>>,
};

export const BOARD_ROUTE = "/claims";

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

export function bareRatio(result: ScenarioResult): number | null {
  if (!result.app || !result.bare || result.bare.rps === 0) return null;
  return result.app.rps / result.bare.rps;
}

/** The budget text of a scenario's row, and whether it held (null: no budget). */
export function scenarioBudget(result: ScenarioResult): { budget: string; pass: boolean | null } {
  const app = result.app;
  if (result.failure) return { budget: "—", pass: false };
  if (result.skipped || !app) return { budget: "—", pass: null };
  const parts: string[] = [];
  let pass = true;
  if (result.scenario === "export") {
    parts.push(`< ${budgets.exportSeconds} s`);
    pass &&= app.latency.max < budgets.exportSeconds * 1000;
  }
  const p95 = budgets.p95Ms[result.scenario];
  if (p95 !== undefined) {
    parts.push(`p95 < ${p95} ms`);
    pass &&= app.latency.p95 < p95;
  }
  if (budgets.bareRatioScenarios.includes(result.scenario)) {
    parts.push(`≥ ${budgets.minBareRatio}× bare`);
    const ratio = bareRatio(result);
    pass &&= ratio !== null && ratio >= budgets.minBareRatio;
  }
  parts.push("0 errors");
  pass &&= app.errors === 0 && app.requests > 0;
  return { budget: parts.join(", "), pass };
}

function scenarioChecks(scale: ScaleResult): Check[] {
  return scale.scenarios.flatMap((result): Check[] => {
    const { budget, pass } = scenarioBudget(result);
    const subject = `${scale.scale} claims: ${result.scenario}`;
    if (result.failure)
      return [{ subject, measured: `failed: ${result.failure}`, budget: "runs", pass: false }];
    if (pass === null || !result.app) return [];
    const measured =
      result.scenario === "export"
        ? `slowest ${(result.app.latency.max / 1000).toFixed(2)} s`
        : `p95 ${ms(result.app.latency.p95)}, ${result.app.errors} errors` +
          (bareRatio(result) === null ? "" : `, ${bareRatio(result)!.toFixed(2)}× bare`);
    return [{ subject, measured, budget, pass }];
  });
}

/** Every budget of a run: per scenario, memory, query plans, first-load JS, growth. */
export function runChecks(scales: ScaleResult[], firstLoadJs: RouteJs[]): Check[] {
  const checks: Check[] = [];
  for (const scale of scales) {
    checks.push(...scenarioChecks(scale));
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
