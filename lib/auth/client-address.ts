import "server-only";
import { env } from "@/lib/env";

/**
 * The client's address, for login throttling. Next sets X-Forwarded-For to
 * the socket's address only when the request has none, so a client can
 * write its own. Behind a load balancer we trust (TRUST_PROXY=1) the last
 * hop is the one it added; otherwise the first is the best there is. The
 * per-account limit does not depend on it.
 */
export function clientAddress(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const address = env.TRUST_PROXY ? hops[hops.length - 1] : hops[0];
  return address?.slice(0, 64) ?? "unknown";
}
