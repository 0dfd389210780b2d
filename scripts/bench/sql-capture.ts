/**
 * The bench's side of sql-capture-preload.cjs: records the SQL one request
 * makes inside the running server, with each query's connection ("lane") and
 * timing, so the same work can be replayed through bare pg and explained.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";

export type CapturedValue = string | null | { base64: string };
export type CapturedQuery = {
  /** which pg connection ran it, numbered in order of first use */
  lane: number;
  text: string;
  values: CapturedValue[];
  /** milliseconds since recording started */
  start: number;
  end: number;
};

async function waitFor(file: string, what: string) {
  for (let waited = 0; !existsSync(file); waited += 5) {
    if (waited > 10_000) throw new Error(`The server did not ${what} (no ${file})`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function captureSql(
  server: { pid: number; captureFile: string },
  makeRequest: () => Promise<void>,
): Promise<CapturedQuery[]> {
  const recording = `${server.captureFile}.recording`;
  rmSync(recording, { force: true });
  rmSync(server.captureFile, { force: true });
  process.kill(server.pid, "SIGUSR2");
  await waitFor(recording, "start recording its SQL");
  await makeRequest();
  // work the server finishes after the response (audit of a refusal, for one) still counts
  await new Promise((resolve) => setTimeout(resolve, 50));
  process.kill(server.pid, "SIGUSR2");
  await waitFor(server.captureFile, "write the SQL it recorded");
  await new Promise((resolve) => setTimeout(resolve, 20));
  const queries = JSON.parse(readFileSync(server.captureFile, "utf8")) as CapturedQuery[];
  rmSync(recording, { force: true });
  rmSync(server.captureFile, { force: true });
  return queries;
}

/** A captured value as pg takes it back. */
export function replayValue(value: CapturedValue): string | Buffer | null {
  return value !== null && typeof value === "object" ? Buffer.from(value.base64, "base64") : value;
}
