import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** The page where a one-time link is accepted; public, listed in proxy.ts. */
export const ACCOUNT_LINK_PATH = "/welcome";

/**
 * The absolute address of a one-time link. PUBLIC_URL (or Auth.js's AUTH_URL)
 * when set; otherwise the address the admin is using, which is right for a
 * desk reached under one name and a link the admin copies from the page.
 * When mail goes out (SMTP_URL), lib/env.ts requires PUBLIC_URL, so a link in
 * a message never depends on a request's Host or X-Forwarded-Host.
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
