import { afterEach, expect, it } from "vitest";
import { barePools, endBarePools, replayable, replayRequest, type BarePools } from "./bare-pg";
import { runBareLoad } from "./load";

const connections = 4;
const settings = { connections, warmupSeconds: 0, seconds: 0, requests: 40 };

/** A write as the app makes it: the user read on one connection, then a transaction on another. */
const write = replayable([
  { lane: 1, text: "select 1", values: [], start: 0, end: 1 },
  { lane: 2, text: "begin", values: [], start: 2, end: 3 },
  { lane: 2, text: "select 2", values: [], start: 4, end: 5 },
  { lane: 2, text: "commit", values: [], start: 6, end: 7 },
]);

const pools: BarePools[] = [];
const poolsOf = (shared: boolean) => {
  const config = { connectionString: process.env.DATABASE_URL, max: connections };
  const made = barePools(config);
  if (shared) made.transactions = made.statements;
  pools.push(made);
  return made;
};
afterEach(async () => {
  // a pool whose clients are all held cannot end: let its waiters fail instead
  for (const made of pools.splice(0)) {
    void endBarePools(made).catch(() => {});
  }
});

/** The load's result, or "waits" when it has not finished within a few seconds. */
function within(ms: number, load: Promise<unknown>) {
  return Promise.race([load, new Promise((resolve) => setTimeout(() => resolve("waits"), ms))]);
}

it("replays a write with every worker at once, each holding its transaction while it reads", async () => {
  const pools = poolsOf(false);
  const result = await within(
    10_000,
    runBareLoad({ settings, task: () => replayRequest(pools, write) }),
  );
  expect(result).toMatchObject({ requests: 40, errors: 0 });
});

it("would wait for ever with one pool for both (why there are two)", async () => {
  const pools = poolsOf(true);
  const result = await within(
    3_000,
    runBareLoad({ settings, task: () => replayRequest(pools, write) }),
  );
  expect(result).toBe("waits");
});
