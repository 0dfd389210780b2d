/**
 * The limits the desk's fetcher works within. `deskFetchPolicy()` is the one
 * the app and the import-report script use, built from the environment;
 * tests pass their own (a short timeout, a resolver of made-up names, the
 * certificate of their own https server) instead of waiting 15 s.
 */
import "server-only";
import { lookup } from "node:dns/promises";
import { env } from "@/lib/env";

export type FetchPolicy = {
  /** for the whole fetch, every redirect and the body included */
  timeoutMs: number;
  /** the most the body may hold, decompressed; a longer one is cut off and refused */
  maxBytes: number;
  maxRedirects: number;
  /** ports allowed besides 80 and 443 */
  extraPorts: readonly number[];
  /**
   * Lets loopback addresses through (on any port), and nothing else that is
   * refused. Only for the test suites' fixture servers: see
   * UNSAFE_FETCH_LOOPBACK_FOR_TESTS in lib/env.ts.
   */
  allowLoopback: boolean;
  /** every address a host name resolves to */
  resolveHost: (hostname: string) => Promise<string[]>;
  /** certificates to trust besides the system's (a test's own https server) */
  ca?: string;
};

export const FETCH_TIMEOUT_MS = 15_000;
export const FETCH_MAX_BYTES = 5 * 1024 * 1024;
export const FETCH_MAX_REDIRECTS = 5;
export const STANDARD_PORTS: readonly number[] = [80, 443];

export async function systemResolver(hostname: string): Promise<string[]> {
  const addresses = await lookup(hostname, { all: true, verbatim: true });
  return addresses.map((entry) => entry.address);
}

export function deskFetchPolicy(overrides: Partial<FetchPolicy> = {}): FetchPolicy {
  return {
    timeoutMs: FETCH_TIMEOUT_MS,
    maxBytes: FETCH_MAX_BYTES,
    maxRedirects: FETCH_MAX_REDIRECTS,
    extraPorts: env.FETCH_ALLOWED_PORTS,
    allowLoopback: env.UNSAFE_FETCH_LOOPBACK_FOR_TESTS,
    resolveHost: systemResolver,
    ...overrides,
  };
}
