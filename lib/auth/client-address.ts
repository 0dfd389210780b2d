import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { stampedSocketAddress } from "@/lib/security/socket-address";
import { UNKNOWN_ADDRESS } from "./login-throttle";

/**
 * The client's address, for login throttling. Behind a load balancer we
 * trust (TRUST_PROXY=1) it is the last X-Forwarded-For hop, the one the
 * balancer added. Otherwise it is the TCP peer's address, as stamped by the
 * server (lib/security/socket-address.ts), never X-Forwarded-For, which the
 * client writes itself: changing it must not spread one client over many
 * addresses. Without a stamp the address is unknown, and only the
 * per-account limit applies.
 */
export function clientAddress(headers: Headers): string {
  const address = env.TRUST_PROXY ? lastForwardedHop(headers) : stampedSocketAddress(headers);
  return address?.slice(0, 64) ?? UNKNOWN_ADDRESS;
}

function lastForwardedHop(headers: Headers): string | undefined {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.at(-1);
}

/** The address of the request being served; UNKNOWN_ADDRESS outside one (scripts, tests). */
export async function currentClientAddress(): Promise<string> {
  try {
    return clientAddress(await headers());
  } catch {
    return UNKNOWN_ADDRESS;
  }
}
