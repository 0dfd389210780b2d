/**
 * The benchmark's printed tables. Pure string building, so the layout is
 * tested without running anything.
 */
import { budgets, growth95, scenarioBudget } from "./budgets";
import { cpuMsPerRequest, formatRatios } from "./ratio-budgets";
import {
  scenarioLabels,
  scenarioNames,
  type Check,
  type LoadMeasurement,
  type ScaleResult,
} from "./results";

type Align = "left" | "right";

/** A plain-text table: a header, a rule, the rows; columns padded to their widest cell. */
export function formatTable(headers: string[], rows: string[][], align: Align[] = []): string {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        (align[i] ?? "left") === "right" ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!),
      )
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export const formatMs = (value: number) =>
  value < 10 ? value.toFixed(1) : String(Math.round(value));
const formatRps = (measurement: LoadMeasurement | undefined) =>
  measurement
    ? measurement.rps < 10
      ? measurement.rps.toFixed(1)
      : String(Math.round(measurement.rps))
    : "—";
const verdict = (pass: boolean | null) => (pass === null ? "—" : pass ? "pass" : "FAIL");

/**
 * One scale's scenarios: throughput, latency, errors, server CPU per request,
 * the bare-pg ceiling, and the ratios each budget takes against the run's
 * floor (`floor`, from whichever scale measured it) or the bare-pg twin.
 */
export function formatScaleTable(scale: ScaleResult, floor: LoadMeasurement | null): string {
  const headers = [
    "scenario",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "errors",
    "server CPU",
    "CPU ms/req",
    "bare req/s",
    "bare p95",
    "ratios",
    "budget",
    "result",
  ];
  const blank = ["", "", "", "", "", "", "", "", "", ""];
  const rows = scale.scenarios.map((result) => {
    const label = scenarioLabels[result.scenario];
    if (result.failure) return [label, ...blank, `failed: ${result.failure}`.slice(0, 100), "FAIL"];
    if (result.skipped || !result.app) {
      return [label, ...blank, `skipped: ${result.skipped ?? "no data"}`.slice(0, 100), "—"];
    }
    const { app, bare } = result;
    const { budget, pass, ratios, missing } = scenarioBudget(result, floor);
    const cpu = cpuMsPerRequest(app);
    return [
      label,
      result.scenario === "export" ? `${app.requests} runs` : formatRps(app),
      formatMs(app.latency.p50),
      formatMs(app.latency.p95),
      formatMs(app.latency.p99),
      String(app.errors),
      app.serverCores === undefined ? "—" : `${app.serverCores.toFixed(2)} cores`,
      cpu === null ? "—" : cpu.toFixed(1),
      formatRps(bare),
      bare ? formatMs(bare.latency.p95) : "—",
      missing ? `no ratio: ${missing}` : ratios.length ? formatRatios(ratios) : "—",
      budget,
      verdict(pass),
    ];
  });
  rows.push([
    "server RSS, peak (mean)",
    ...blank,
    `${Math.round(scale.memory.peakMb)} (${Math.round(scale.memory.meanMb)}) MB < ${budgets.rssMb} MB`,
    verdict(scale.memory.samples > 0 && scale.memory.peakMb < budgets.rssMb),
  ]);
  return formatTable(headers, rows, [
    "left",
    ...blank.slice(0, -1).map((): Align => "right"),
    "left",
  ]);
}

/** The scales next to each other, with the p95 growth from the smallest to the largest. */
export function formatSideBySide(scales: ScaleResult[]): string {
  const sorted = [...scales].sort((a, b) => a.scale - b.scale);
  const small = sorted[0]!;
  const large = sorted.at(-1)!;
  const headers = [
    "scenario",
    ...sorted.flatMap((s) => [`${s.scale}: req/s`, `${s.scale}: p95 ms`]),
    "p95 growth",
    "limit",
    "result",
  ];
  // every scenario any scale ran: the framework floor runs at one scale only
  const ran = scenarioNames.filter((name) =>
    sorted.some((s) => s.scenarios.some((r) => r.scenario === name)),
  );
  const rows = ran.map((scenario) => {
    const across = sorted.map((s) => s.scenarios.find((r) => r.scenario === scenario)?.app);
    const limit = budgets.growth[scenario];
    const before = small.scenarios.find((r) => r.scenario === scenario)?.app;
    const after = large.scenarios.find((r) => r.scenario === scenario)?.app;
    const growth = before && after ? growth95(before, after) : null;
    return [
      scenarioLabels[scenario],
      ...across.flatMap((m) => [
        scenario === "export" ? "—" : formatRps(m),
        m ? formatMs(m.latency.p95) : "—",
      ]),
      growth === null ? "—" : `${growth.toFixed(2)}×`,
      limit === undefined ? "—" : `≤ ${limit}×`,
      limit === undefined || growth === null ? "—" : verdict(growth <= limit),
    ];
  });
  return formatTable(headers, rows, [
    "left",
    ...sorted.flatMap(() => ["right", "right"] as Align[]),
    "right",
  ]);
}

export function formatChecks(checks: Check[]): string {
  return formatTable(
    ["check", "measured", "budget", "result"],
    checks.map((check) => [check.subject, check.measured, check.budget, verdict(check.pass)]),
  );
}
