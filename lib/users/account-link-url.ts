import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** The page where a one-time link is accepted; public, listed in proxy.ts. */
export const ACCOUNT_LINK_PATH = "/welcome";

/**
 * The absolute address of a one-time link. PUBLIC_URL (or Auth.js's AUTH_URL)
 * when set; otherwise the address the admin is using, which is right for a
 * desk reached under one name. Set PUBLIC_URL when mail goes out, so the
 * link in a message never depends on a request's Host header.
 */
export async function accountLinkUrl(token: string): Promise<string> {
  const base = env.PUBLIC_URL ?? process.env.AUTH_URL ?? (await requestOrigin());
  return new URL(`${ACCOUNT_LINK_PATH}/${token}`, base).toString();
}

async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto.split(",")[0]!.trim()}://${host.split(",")[0]!.trim()}`;
}
