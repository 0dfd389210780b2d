import { describe, expect, it, vi } from "vitest";
import { oncePerRequest, withRequestScope } from "./once-per-request";

describe("oncePerRequest", () => {
  it("reads once within a scope, and again in the next one", async () => {
    let reads = 0;
    const read = oncePerRequest(async () => ++reads);
    const first = await withRequestScope(async () => [await read(), await read()]);
    const second = await withRequestScope(async () => Promise.all([read(), read()]));
    expect(first).toEqual([1, 1]);
    expect(second).toEqual([2, 2]);
  });

  it("reads every time outside a scope, as React's cache does outside a render", async () => {
    const compute = vi.fn(async () => "value");
    const read = oncePerRequest(compute);
    await read();
    await read();
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("reads again after forget(), as after a write to what it read", async () => {
    let reads = 0;
    const read = oncePerRequest(async () => ++reads);
    const seen = await withRequestScope(async () => {
      const before = await read();
      read.forget();
      return [before, await read(), await read()];
    });
    expect(seen).toEqual([1, 2, 2]);
  });

  it("keeps nothing for a timer begun inside a scope that has ended", async () => {
    let reads = 0;
    const read = oncePerRequest(async () => ++reads);
    let later: () => Promise<number> = async () => 0;
    await withRequestScope(async () => {
      await read();
      // a callback made here carries the scope with it, as a stream's heartbeat would
      later = () => new Promise((resolve) => setTimeout(() => resolve(read()), 0));
    });
    expect(await later()).toBe(2);
    expect(await later()).toBe(3);
  });
});
