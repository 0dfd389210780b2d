import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

/**
 * The id that ties an audit event to the HTTP request that caused it. The
 * proxy stamps every request with one; outside a request (scripts, tests)
 * each call gets a fresh id.
 */
export async function currentRequestId(): Promise<string> {
  try {
    return (await headers()).get("x-request-id") ?? randomUUID();
  } catch {
    return randomUUID();
  }
}
