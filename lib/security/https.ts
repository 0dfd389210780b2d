/**
 * Whether a request reached the desk over https, for HSTS and
 * `upgrade-insecure-requests`. Behind a load balancer we trust
 * (TRUST_PROXY=1) its X-Forwarded-Proto decides, the last hop being the one
 * it set (as in lib/auth/client-address.ts). Otherwise Next's own view of
 * the request: a TLS socket, or an X-Forwarded-Proto the client wrote
 * itself. A client that claims https over plain http only gets an HSTS
 * header its browser must ignore there (RFC 6797, section 8.1).
 */

/** Two years, subdomains included: the desk has no plain-http neighbours to protect. */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";

export function isHttpsRequest(
  request: { headers: Headers; nextUrl: { protocol: string } },
  trustProxy: boolean,
): boolean {
  if (trustProxy) {
    const hops = (request.headers.get("x-forwarded-proto") ?? "").split(",");
    return hops[hops.length - 1]!.trim().toLowerCase() === "https";
  }
  return request.nextUrl.protocol === "https:";
}
