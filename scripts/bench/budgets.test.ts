import { describe, expect, it } from "vitest";
import { growthChecks, runChecks, scenarioBudget } from "./budgets";
import { formatChecks, formatScaleTable, formatSideBySide } from "./report";
import type { LoadMeasurement, ScaleResult, ScenarioName } from "./results";

function load(p95: number, rps = 100, errors = 0): LoadMeasurement {
  return {
    requests: rps * 10,
    seconds: 10,
    rps,
    latency: { count: rps * 10, mean: p95 / 2, p50: p95 / 2, p95, p99: p95 * 1.2, max: p95 * 1.5 },
    errors,
    errorKinds: errors ? { "HTTP 500": errors } : {},
  };
}

function scale(claims: number, p95: Partial<Record<ScenarioName, number>>, rss = 300): ScaleResult {
  return {
    scale: claims,
    seed: 7,
    generated: { counts: { claims }, seconds: 1 },
    scenarios: Object.entries(p95).map(([scenario, value]) => ({
      scenario: scenario as ScenarioName,
      app: load(value!),
      bare: load(value! / 3, 150),
    })),
    memory: { peakMb: rss, meanMb: rss - 50, samples: 40 },
    plans: { checked: 12, seqScans: [] },
  };
}

describe("scenarioBudget", () => {
  it("holds the board to p95, the bare-pg ratio and zero errors", () => {
    expect(
      scenarioBudget({ scenario: "board", app: load(120, 100), bare: load(40, 150) }).pass,
    ).toBe(true);
    expect(
      scenarioBudget({ scenario: "board", app: load(160, 100), bare: load(40, 150) }).pass,
    ).toBe(false);
    expect(
      scenarioBudget({ scenario: "board", app: load(100, 50), bare: load(40, 150) }).pass,
    ).toBe(false);
    expect(
      scenarioBudget({ scenario: "board", app: load(100, 100, 1), bare: load(40, 150) }).pass,
    ).toBe(false);
  });

  it("gives the rating write 50 ms and the export 3 s to finish", () => {
    expect(scenarioBudget({ scenario: "rating", app: load(49), bare: load(10, 150) }).pass).toBe(
      true,
    );
    expect(scenarioBudget({ scenario: "rating", app: load(51), bare: load(10, 150) }).pass).toBe(
      false,
    );
    const exportRun = { ...load(2_000, 1), latency: { ...load(2_000).latency, max: 3_100 } };
    expect(scenarioBudget({ scenario: "export", app: exportRun }).pass).toBe(false);
  });

  it("does not judge a skipped scenario, and fails a broken one", () => {
    expect(scenarioBudget({ scenario: "export", skipped: "not built" }).pass).toBeNull();
    expect(scenarioBudget({ scenario: "claim", failure: "no SQL" }).pass).toBe(false);
  });
});

describe("growthChecks", () => {
  it("allows the claim page 1.5× and the board 2× from the smallest scale to the largest", () => {
    const checks = growthChecks([
      scale(10_000, { claim: 31, board: 81, rating: 20 }),
      scale(1_000, { claim: 20, board: 40, rating: 20 }),
    ]);
    const bySubject = Object.fromEntries(checks.map((c) => [c.subject.split(": ")[1], c.pass]));
    expect(bySubject).toEqual({ "claim p95": false, "rating p95": true, "board p95": false });
  });

  it("has nothing to compare with one scale", () => {
    expect(growthChecks([scale(1_000, { claim: 20 })])).toEqual([]);
  });
});

describe("runChecks and the tables", () => {
  it("fails on memory, on a seq scan and on a heavy board bundle", () => {
    const heavy = scale(1_000, { board: 100 }, 600);
    heavy.plans.seqScans = ["Seq Scan on comments (claim page)"];
    const checks = runChecks([heavy], [{ route: "/claims", files: 9, gzipKb: 210 }]);
    expect(checks.filter((c) => !c.pass).map((c) => c.subject)).toEqual([
      "1000 claims: server RSS",
      "1000 claims: query plans",
      "first-load JS /claims",
    ]);
  });

  it("prints every scenario with its budget, and the scales side by side", () => {
    const small = scale(1_000, { board: 40, claim: 20 });
    const large = scale(10_000, { board: 60, claim: 25 });
    const table = formatScaleTable(large);
    expect(table).toMatch(/board, filtered \+ paginated .* 60 .* pass/);
    expect(table).toMatch(/server RSS/);
    const sideBySide = formatSideBySide([large, small]);
    expect(sideBySide.split("\n")[0]).toMatch(/1000: req\/s .* 10000: req\/s/);
    expect(sideBySide).toMatch(/claim page .* 1\.25× .* ≤ 1\.5× .* pass/);
    expect(formatChecks(runChecks([small, large], []))).toMatch(/first-load JS \/claims .* FAIL/);
  });

  it("shows a broken scenario as failed and a skipped one as skipped", () => {
    const run = scale(100, {});
    run.scenarios = [
      { scenario: "rating", failure: "No server action rateClaimAction" },
      { scenario: "export", skipped: "GET /api/export answers 404" },
    ];
    const table = formatScaleTable(run);
    expect(table).toMatch(/rating write .* failed: No server action rateClaimAction +FAIL/);
    expect(table).toMatch(/export CSV.* skipped: GET \/api\/export answers 404 +—/);
    expect(runChecks([run], []).find((c) => c.subject === "100 claims: rating")?.pass).toBe(false);
  });
});
