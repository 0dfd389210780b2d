import { describe, expect, it } from "vitest";
import { runChecks } from "./budgets";
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
    const table = formatScaleTable(scale(10_000, [...frameworkFloor, ...desk]));
    expect(table).toMatch(
      /floor: Next\.js alone, one line +430 +21 +41 +49 +0 +1\.00 cores +— +— +0 errors +pass/,
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
