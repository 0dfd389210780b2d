import "server-only";
import { headers } from "next/headers";

/**
 * This request's own origin, for permalinks when PUBLIC_URL is not set. The
 * Host header is the client's to choose, so it only ever shapes the links in
 * that client's own export.
 */
export async function requestOrigin(): Promise<string> {
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost";
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${protocol === "https" ? "https" : "http"}://${host}`;
}
