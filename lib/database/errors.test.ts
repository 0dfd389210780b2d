import { describe, expect, it } from "vitest";
import { isConnectionError, isUniqueViolation } from "./errors";

/** drizzle's wrapper around a driver error */
const failedQuery = (cause: unknown) =>
  Object.assign(new Error("Failed query: commit\nparams: "), { query: "commit", cause });
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("isConnectionError", () => {
  it("recognises a terminated backend, a server going down or starting, and class 08", () => {
    for (const code of ["57P01", "57P02", "57P03", "08006", "08001", "08P01"]) {
      expect(isConnectionError(failedQuery(withCode("terminating connection", code)))).toBe(true);
    }
  });

  it("recognises sockets refused or reset, also inside an AggregateError", () => {
    expect(isConnectionError(withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe(
      true,
    );
    expect(isConnectionError(failedQuery(withCode("read ECONNRESET", "ECONNRESET")))).toBe(true);
    const aggregate = new AggregateError([withCode("connect ECONNREFUSED ::1", "ECONNREFUSED")]);
    expect(isConnectionError(aggregate)).toBe(true);
  });

  it("recognises node-postgres's uncoded messages for a closed socket or a pool timeout", () => {
    expect(isConnectionError(failedQuery(new Error("Connection terminated unexpectedly")))).toBe(
      true,
    );
    expect(isConnectionError(new Error("timeout exceeded when trying to connect"))).toBe(true);
    // drizzle's ROLLBACK on a client db/index.ts ended after a FATAL error
    expect(
      isConnectionError(failedQuery(new Error("Client was closed and is not queryable"))),
    ).toBe(true);
  });

  it("leaves every other error alone, so bugs still surface as bugs", () => {
    expect(isConnectionError(failedQuery(withCode("duplicate key", "23505")))).toBe(false);
    expect(isConnectionError(withCode("deadlock detected", "40P01"))).toBe(false);
    expect(isConnectionError(new TypeError("x is undefined"))).toBe(false);
    expect(isConnectionError(undefined)).toBe(false);
    expect(isUniqueViolation(failedQuery(withCode("duplicate key", "23505")))).toBe(true);
  });

  it("does not loop on a cause cycle", () => {
    const a: { message: string; cause?: unknown } = { message: "a" };
    a.cause = { message: "b", cause: a };
    expect(isConnectionError(a)).toBe(false);
  });
});
