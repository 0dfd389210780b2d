import { describe, expect, it } from "vitest";
import { budgets, growthChecks, runChecks, scenarioBudget } from "./budgets";
import { runFloor } from "./ratio-budgets";
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

/** The framework floor at 200 req/s on 1.2 cores (6 ms of CPU a page), p95 100 ms. */
const floor = { ...load(100, 200), serverCores: 1.2 };
const page = (p95: number, rps: number, cores: number) => ({
  ...load(p95, rps),
  serverCores: cores,
});

describe("scenarioBudget", () => {
  it("holds a page to 2× the floor's CPU per request and 2× its p95", () => {
    // 50 req/s on 0.6 cores: 12 ms a page, exactly twice the floor's 6
    const atTheLimit = scenarioBudget({ scenario: "board", app: page(200, 50, 0.6) }, floor);
    expect(atTheLimit.pass).toBe(true);
    expect(atTheLimit.ratios.map((r) => [r.of, r.ratio])).toEqual([
      ["cpu per request", 2],
      ["p95", 2],
    ]);
    expect(scenarioBudget({ scenario: "claim", app: page(201, 50, 0.6) }, floor).pass).toBe(false);
    expect(scenarioBudget({ scenario: "search-ar", app: page(150, 50, 0.61) }, floor).pass).toBe(
      false,
    );
    expect(
      scenarioBudget({ scenario: "board", app: { ...page(150, 50, 0.5), errors: 1 } }, floor).pass,
    ).toBe(false);
  });

  it("fails a page it cannot judge: no floor in the run, or no CPU sampled", () => {
    const noFloor = scenarioBudget({ scenario: "board", app: page(150, 50, 0.5) }, null);
    expect(noFloor).toMatchObject({
      pass: false,
      missing: "no floor-next-board floor in this run",
    });
    const unsampled = scenarioBudget({ scenario: "board", app: load(150, 50) }, floor);
    expect(unsampled).toMatchObject({ pass: false, missing: "server CPU was not sampled" });
  });

  it("holds a write to 2× its bare twin's p95 and half its throughput", () => {
    const bare = load(50, 400);
    expect(scenarioBudget({ scenario: "rating", app: load(100, 200), bare }, floor).pass).toBe(
      true,
    );
    expect(scenarioBudget({ scenario: "rating", app: load(101, 200), bare }, floor).pass).toBe(
      false,
    );
    expect(scenarioBudget({ scenario: "comment", app: load(90, 199), bare }, floor).pass).toBe(
      false,
    );
    const { ratios } = scenarioBudget({ scenario: "comment", app: load(75, 300), bare }, floor);
    expect(ratios.map((r) => [r.of, r.against, r.ratio, r.bound])).toEqual([
      ["p95", "bare", 1.5, "max"],
      ["throughput", "bare", 0.75, "min"],
    ]);
    expect(scenarioBudget({ scenario: "comment", app: load(75, 300) }, floor)).toMatchObject({
      pass: false,
      missing: "no bare-pg twin measured",
    });
  });

  it("gives the export 3 s and leaves the floors without a ratio", () => {
    const exportRun = { ...load(2_000, 1), latency: { ...load(2_000).latency, max: 3_100 } };
    expect(scenarioBudget({ scenario: "export", app: exportRun }, floor).pass).toBe(false);
    const health = scenarioBudget({ scenario: "floor", app: load(50, 400) }, floor);
    expect(health).toMatchObject({ pass: true, budget: "0 errors", ratios: [] });
  });

  it("does not judge a skipped scenario, and fails a broken one", () => {
    expect(scenarioBudget({ scenario: "export", skipped: "not built" }, floor).pass).toBeNull();
    expect(scenarioBudget({ scenario: "claim", failure: "no SQL" }, floor).pass).toBe(false);
  });
});

describe("the ratio budgets' declarations", () => {
  it("hold every page a reviewer loads to the floor and both writes to their twins", () => {
    const kinds = Object.fromEntries(
      Object.entries(budgets.ratio).map(([scenario, budget]) => [scenario, budget!.kind]),
    );
    expect(kinds).toEqual({
      board: "page",
      "search-en": "page",
      "search-ar": "page",
      claim: "page",
      notifications: "page",
      similar: "page",
      "board-assignee": "page",
      rating: "write",
      comment: "write",
    });
  });

  it("judge every scale of a run against the floor measured at one of them", () => {
    const small = scale(1_000, { board: 150 });
    const large = scale(10_000, { board: 150 });
    large.scenarios.unshift({ scenario: "floor-next-board", app: floor });
    for (const s of [small, large]) {
      const board = s.scenarios.find((r) => r.scenario === "board")!;
      board.app = page(150, 50, 0.5);
    }
    expect(runFloor([small, large])).toBe(floor);
    const boardChecks = runChecks([small, large], []).filter((c) => c.subject.endsWith(": board"));
    expect(boardChecks.map((c) => [c.subject, c.pass])).toEqual([
      ["1000 claims: board", true],
      ["10000 claims: board", true],
    ]);
    expect(boardChecks[0]!.measured).toBe(
      "CPU 10 ms = 1.67× floor's 6.0; p95 150 ms = 1.50× floor's 100, 0 errors",
    );
    expect(boardChecks[0]!.ratios).toHaveLength(2);
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
    const heavy = scale(1_000, {}, 600);
    heavy.plans.seqScans = ["Seq Scan on comments (claim page)"];
    const checks = runChecks([heavy], [{ route: "/claims", files: 9, gzipKb: 210 }]);
    expect(checks.filter((c) => !c.pass).map((c) => c.subject)).toEqual([
      "1000 claims: server RSS",
      "1000 claims: query plans",
      "first-load JS /claims",
    ]);
  });

  it("holds a claim page to 15 statements, and judges none when a run recorded none", () => {
    const within = { ...scale(1_000, {}), claimPageStatements: { most: 15, path: "/claims/7" } };
    const over = { ...scale(10_000, {}), claimPageStatements: { most: 16, path: "/claims/9" } };
    const checks = runChecks([within, over, scale(100, {})], []);
    const statementChecks = checks.filter((c) => c.subject.endsWith("statements per claim page"));
    expect(statementChecks.map((c) => [c.subject, c.measured, c.pass])).toEqual([
      ["1000 claims: statements per claim page", "15 (/claims/7)", true],
      ["10000 claims: statements per claim page", "16 (/claims/9)", false],
    ]);
  });

  it("prints every scenario with its budget, and the scales side by side", () => {
    const small = scale(1_000, { board: 40, claim: 20 });
    const large = scale(10_000, { board: 60, claim: 25 });
    const table = formatScaleTable(large, null);
    expect(table).toMatch(
      /board, filtered \+ paginated .* 60 .* no ratio: no floor-next-board floor .* FAIL/,
    );
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
    const table = formatScaleTable(run, null);
    expect(table).toMatch(/rating write .* failed: No server action rateClaimAction +FAIL/);
    expect(table).toMatch(/export CSV.* skipped: GET \/api\/export answers 404 +—/);
    expect(runChecks([run], []).find((c) => c.subject === "100 claims: rating")?.pass).toBe(false);
  });
});
