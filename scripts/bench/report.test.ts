import { describe, expect, it } from "vitest";
import { runChecks } from "./budgets";
import { runFloor } from "./ratio-budgets";
import { formatScaleTable, formatSideBySide } from "./report";
import {
  frameworkFloorScenarios,
  scenarioLabels,
  scenarioNames,
  type LoadMeasurement,
  type ScaleResult,
  type ScenarioResult,
} from "./results";

function load(rps: number, p95: number): LoadMeasurement {
  return {
    requests: rps * 10,
    seconds: 10,
    rps,
    latency: { count: rps * 10, mean: p95 / 2, p50: p95 / 2, p95, p99: p95 * 1.2, max: p95 * 1.5 },
    errors: 0,
    errorKinds: {},
    serverCores: 1,
  };
}

function scale(claims: number, scenarios: ScenarioResult[]): ScaleResult {
  return {
    scale: claims,
    seed: 7,
    generated: { counts: { claims }, seconds: 1 },
    scenarios,
    memory: { peakMb: 300, meanMb: 250, samples: 40 },
    plans: { checked: 12, seqScans: [] },
  };
}

const frameworkFloor: ScenarioResult[] = [
  { scenario: "floor-next-line", app: load(430, 41) },
  { scenario: "floor-next-board", app: load(178, 121) },
];
const desk: ScenarioResult[] = [
  { scenario: "floor-page", app: load(217, 116) },
  { scenario: "board", app: load(44, 493), bare: load(277, 80) },
];

describe("a scale's table", () => {
  it("shows each page's CPU per request and its ratios to the floor's board markup", () => {
    const run = scale(10_000, [...frameworkFloor, ...desk]);
    const table = formatScaleTable(run, runFloor([run]));
    // 44 boards/s on one core: 22.7 ms a page against the floor's 5.6 (178/s on one core): 4.05×
    expect(table).toMatch(
      /board, filtered \+ paginated +44 +247 +493 +592 +0 +1\.00 cores +22\.7 +277 +80 +CPU 4\.05×, p95 4\.07× +CPU ≤ 2×, p95 ≤ 2× floor, 0 errors +FAIL/,
    );
    expect(table.split("\n")[0]).toMatch(
      /CPU ms\/req +bare req\/s +bare p95 +ratios +budget +result$/,
    );
  });

  it("shows a write's ratios to its bare-pg twin", () => {
    const run = scale(10_000, [{ scenario: "comment", app: load(150, 90), bare: load(400, 60) }]);
    expect(formatScaleTable(run, null)).toMatch(
      /comment write \(\+ audit\) +150 .* p95 1\.50×, req\/s 0\.38× +p95 ≤ 2×, req\/s ≥ 0\.5× bare, 0 errors +FAIL/,
    );
  });
});

describe("the framework floor's rows", () => {
  it("come first, named as the separate Next.js app they measure", () => {
    expect(scenarioNames.slice(0, 4)).toEqual([
      "floor-next-line",
      "floor-next-board",
      "floor-page",
      "floor",
    ]);
    expect(frameworkFloorScenarios.map((name) => scenarioLabels[name])).toEqual([
      "floor: Next.js alone, one line",
      "floor: Next.js alone, the board's markup",
    ]);
  });

  it("are printed with their figures and no budget but zero errors", () => {
    const run = scale(10_000, [...frameworkFloor, ...desk]);
    const table = formatScaleTable(run, runFloor([run]));
    expect(table).toMatch(
      /floor: Next\.js alone, one line +430 +21 +41 +49 +0 +1\.00 cores +2\.3 +— +— +— +0 errors +pass/,
    );
    expect(table).toMatch(
      /floor: Next\.js alone, the board's markup +178 .* 121 .* 0 errors +pass/,
    );
    const checks = runChecks([scale(10_000, frameworkFloor)], []);
    expect(checks.filter((c) => c.subject.includes("floor-next")).map((c) => c.budget)).toEqual([
      "0 errors",
      "0 errors",
    ]);
  });

  it("stay in the side-by-side table when only one scale measured them", () => {
    const table = formatSideBySide([
      scale(1_000, desk),
      scale(10_000, [...frameworkFloor, ...desk]),
    ]);
    const rows = table.split("\n").slice(2);
    expect(rows.map((row) => row.split(/ {2,}/)[0])).toEqual([
      "floor: Next.js alone, one line",
      "floor: Next.js alone, the board's markup",
      "floor: sign-in page",
      "board, filtered + paginated",
    ]);
    expect(rows[1]).toMatch(/the board's markup +— +— +178 +121 +— +— +—$/);
  });
});
