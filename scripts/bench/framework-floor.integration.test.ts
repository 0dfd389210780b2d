/**
 * The framework floor's app builds (when stale), serves both pages with the
 * markup the bench means to measure, and comes through the bench's loading
 * and accounting. The smoke run of the whole bench leaves it out, so this
 * is where it is proved to work.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { frameworkFloorScenarios } from "@/scripts/bench/results";
import {
  buildFrameworkFloor,
  loadFrameworkFloor,
  startFrameworkFloor,
} from "./framework-floor-bench";
import { freePort } from "./free-port";

const dataDir = path.resolve(".data", `framework-floor-${randomBytes(4).toString("hex")}`);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

it(
  "builds, serves one line and the board's markup, and runs under the bench's load",
  async () => {
    mkdirSync(dataDir, { recursive: true });
    buildFrameworkFloor(() => {});
    const server = await startFrameworkFloor({ port: await freePort(), dataDir, log: () => {} });
    try {
      const line = await fetch(`${server.baseUrl}/`);
      expect(line.status).toBe(200);
      expect(await line.text()).toContain("Framework floor.");

      const board = await fetch(`${server.baseUrl}/board`);
      expect(board.status).toBe(200);
      const html = await board.text();
      expect(count(html, /<article /g)).toBe(24);
      expect(count(html, /<blockquote lang="ar" dir="rtl"/g)).toBe(24);
      expect(count(html, /<option /g)).toBe(164);
      // dynamic, as the desk's pages are: rendered for this request, not from a cache
      expect(board.headers.get("cache-control")).toMatch(/no-store/);

      const results = await loadFrameworkFloor(
        server,
        { connections: 2, warmupSeconds: 1, seconds: 1, requests: 6 },
        () => {},
      );
      expect(results.map((r) => r.scenario)).toEqual([...frameworkFloorScenarios]);
      for (const result of results) {
        expect(result.failure, result.scenario).toBeUndefined();
        expect(result.app?.requests, result.scenario).toBeGreaterThan(0);
        expect(result.app?.errors, result.scenario).toBe(0);
        expect(result.peakRssMb, result.scenario).toBeGreaterThan(0);
      }
    } finally {
      await server.stop();
    }
  },
  // a build from scratch takes 10–20 s on two cores
  120_000,
);
