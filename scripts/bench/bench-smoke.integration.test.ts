/**
 * The benchmark at 100 claims, a dozen requests per scenario: every step of
 * `npm run bench` (generate, build if needed, serve, sign in, record SQL,
 * plans, every scenario through the app and bare pg, write checks, memory,
 * first-load JS), so the bench cannot rot. The framework floor's separate
 * app is left out here and proved in framework-floor.integration.test.ts.
 * It checks that the bench works, not the budgets: those fail
 * `npm run bench`, never the test suite.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, inject, it } from "vitest";
import { frameworkFloorScenarios, scenarioNames } from "@/scripts/bench/results";
import { freePort } from "./free-port";
import { defaultOptions, formatRun, runBench } from "./run";

const dataDir = path.resolve(".data", `bench-smoke-${randomBytes(4).toString("hex")}`);
const out = path.join(os.tmpdir(), `bench-smoke-${process.pid}.json`);
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(out, { force: true });
});

it(
  "runs every scenario end to end at 100 claims, without errors",
  async () => {
    const run = await runBench({
      ...defaultOptions,
      scales: [100],
      connections: 4,
      requests: 12,
      exportRuns: 1,
      lighthouse: false,
      // a second app to build: framework-floor.integration.test.ts builds and loads it
      frameworkFloor: false,
      port: await freePort(),
      out,
      // the test cluster's superuser: the bench makes its own database there
      databaseUrl: inject("clusterOwnerUrl"),
      dataDir,
      log: () => {},
    });
    const report = formatRun(run);
    const [scale] = run.scales;
    expect(scale, report).toBeDefined();
    expect(scale!.generated.counts).toMatchObject({
      claims: 100,
      ratings: 2_000,
      audit_events: 3_000,
    });
    for (const scenario of scale!.scenarios) {
      expect(scenario.failure, `${scenario.scenario}\n${report}`).toBeUndefined();
      expect(scenario.app?.requests, `${scenario.scenario}\n${report}`).toBeGreaterThan(0);
      expect(scenario.app?.errors, `${scenario.scenario}\n${report}`).toBe(0);
      if (!["floor-page", "comment", "export"].includes(scenario.scenario)) {
        expect(scenario.bare?.requests, `${scenario.scenario} bare\n${report}`).toBeGreaterThan(0);
        expect(scenario.bare?.errors, `${scenario.scenario} bare\n${report}`).toBe(0);
      }
    }
    expect(scale!.scenarios.map((s) => s.scenario)).toEqual(
      scenarioNames.filter(
        (name) => !(frameworkFloorScenarios as readonly string[]).includes(name),
      ),
    );
    expect(scale!.plans.checked).toBeGreaterThan(0);
    expect(scale!.memory.samples).toBeGreaterThan(0);
    expect(run.firstLoadJs.map((r) => r.route)).toContain("/claims");
    expect(report).toMatch(/board, filtered \+ paginated/);
  },
  // building the app, when the build is stale, takes a few minutes on two cores
  15 * 60_000,
);
