import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

const scriptRequest = new AsyncLocalStorage<string>();

/**
 * Ties every audit event written during `work` to `requestId`: what a script
 * that is one act (the demo seed) has instead of an HTTP request, so its
 * events read as one on the audit trail.
 */
export function withRequestId<T>(requestId: string, work: () => Promise<T>): Promise<T> {
  return scriptRequest.run(requestId, work);
}

/**
 * The id that ties an audit event to the HTTP request that caused it. The
 * proxy stamps every request with one; a script names its own with
 * withRequestId; otherwise (scripts, tests) each call gets a fresh id.
 */
export async function currentRequestId(): Promise<string> {
  const named = scriptRequest.getStore();
  if (named) return named;
  try {
    return (await headers()).get("x-request-id") ?? randomUUID();
  } catch {
    return randomUUID();
  }
}
