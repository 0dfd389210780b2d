/**
 * Budgets as ratios within one run (issue 23). An absolute time says more
 * about the machine than about the desk: the same build is twice as fast on
 * a machine twice as fast. So a page is held to the floor this run measured
 * for the framework alone (a separate Next.js app serving the board's markup
 * from fixed data), and a write to the same transaction through bare pg, on
 * the same machine in the same minutes. A ratio read on a bigger machine
 * means what it means here.
 */
import type { LoadMeasurement, ScaleResult, ScenarioName, ScenarioResult } from "./results";

/** What a page is measured against: the framework alone, serving the board's markup. */
export const PAGE_FLOOR: ScenarioName = "floor-next-board";

/** A page: server CPU per request and p95 each at most `limit`× the floor's. */
export type PageBudget = { kind: "page"; limit: number };
/** A write: p95 at most `p95`× its bare-pg twin's, throughput at least `throughput`× its twin's. */
export type WriteBudget = { kind: "write"; p95: number; throughput: number };
export type RatioBudget = PageBudget | WriteBudget;

export const pageBudget: PageBudget = { kind: "page", limit: 2 };
export const writeBudget: WriteBudget = { kind: "write", p95: 2, throughput: 0.5 };

/** One ratio of a scenario's figure to its reference's, with its limit. */
export type Ratio = {
  /** "server CPU per request", "p95", "throughput" */
  of: "cpu per request" | "p95" | "throughput";
  against: "floor" | "bare";
  /** the scenario's figure: ms of server CPU per request, ms, or requests/s */
  measured: number;
  /** the reference's figure in the same unit */
  reference: number;
  ratio: number;
  /** the ratio must stay at most (max) or at least (min) this */
  limit: number;
  bound: "max" | "min";
  pass: boolean;
};

/** Milliseconds of server CPU per answered request (null when the CPU was not sampled). */
export function cpuMsPerRequest(measurement: LoadMeasurement): number | null {
  if (measurement.serverCores === undefined || measurement.rps <= 0) return null;
  return (measurement.serverCores * 1000) / measurement.rps;
}

function ratio(
  of: Ratio["of"],
  against: Ratio["against"],
  measured: number,
  reference: number,
  limit: number,
  bound: Ratio["bound"],
): Ratio {
  const value = reference > 0 ? measured / reference : Infinity;
  const pass = Number.isFinite(value) && (bound === "max" ? value <= limit : value >= limit);
  return { of, against, measured, reference, ratio: value, limit, bound, pass };
}

/**
 * The floor a run's pages are read against: measured once per run, at its
 * last scale, and valid for every scale of the run (it reads no desk data).
 * Null when the run left it out or it broke.
 */
export function runFloor(scales: ScaleResult[]): LoadMeasurement | null {
  for (const scale of scales) {
    const floor = scale.scenarios.find((s) => s.scenario === PAGE_FLOOR);
    if (floor?.app && !floor.failure && floor.app.requests > 0) return floor.app;
  }
  return null;
}

export type RatioVerdict = {
  ratios: Ratio[];
  /** why the ratios could not be taken, when they could not */
  missing?: string;
};

/** The ratios of one scenario against its reference, as its budget asks. */
export function ratiosOf(
  budget: RatioBudget,
  result: ScenarioResult,
  floor: LoadMeasurement | null,
): RatioVerdict {
  const app = result.app;
  if (!app) return { ratios: [], missing: "no measurement" };
  if (budget.kind === "page") {
    if (!floor) return { ratios: [], missing: `no ${PAGE_FLOOR} floor in this run` };
    const cpu = cpuMsPerRequest(app);
    const floorCpu = cpuMsPerRequest(floor);
    if (cpu === null || floorCpu === null) {
      return { ratios: [], missing: "server CPU was not sampled" };
    }
    return {
      ratios: [
        ratio("cpu per request", "floor", cpu, floorCpu, budget.limit, "max"),
        ratio("p95", "floor", app.latency.p95, floor.latency.p95, budget.limit, "max"),
      ],
    };
  }
  const bare = result.bare;
  if (!bare || bare.requests === 0) return { ratios: [], missing: "no bare-pg twin measured" };
  return {
    ratios: [
      ratio("p95", "bare", app.latency.p95, bare.latency.p95, budget.p95, "max"),
      ratio("throughput", "bare", app.rps, bare.rps, budget.throughput, "min"),
    ],
  };
}

const figure = (value: number) => (value < 10 ? value.toFixed(1) : String(Math.round(value)));

const labels: Record<Ratio["of"], string> = {
  "cpu per request": "CPU",
  p95: "p95",
  throughput: "req/s",
};

/** "CPU 3.62×, p95 3.75×": the ratios as the table shows them. */
export function formatRatios(ratios: Ratio[]): string {
  return ratios.map((r) => `${labels[r.of]} ${r.ratio.toFixed(2)}×`).join(", ");
}

/** "CPU ≤ 2×, p95 ≤ 2× floor": a budget as the table shows it. */
export function formatRatioBudget(budget: RatioBudget): string {
  return budget.kind === "page"
    ? `CPU ≤ ${budget.limit}×, p95 ≤ ${budget.limit}× floor`
    : `p95 ≤ ${budget.p95}×, req/s ≥ ${budget.throughput}× bare`;
}

/** "CPU 21 ms = 3.62× floor's 5.8": each ratio with the figures it is made of. */
export function describeRatios(ratios: Ratio[]): string {
  const unit = (r: Ratio) => (r.of === "throughput" ? "/s" : " ms");
  return ratios
    .map(
      (r) =>
        `${labels[r.of]} ${figure(r.measured)}${unit(r)} = ${r.ratio.toFixed(2)}× ${r.against === "floor" ? "floor's" : "bare's"} ${figure(r.reference)}`,
    )
    .join("; ");
}
