/**
 * Where to go after signing in: only a path on this site. Anything else
 * (another host, a protocol-relative URL) would make our sign-in page a
 * stepping stone for phishing.
 */
export function safeNextPath(next: string | undefined | null, fallback = "/claims"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\"))
    return fallback;
  return next;
}
