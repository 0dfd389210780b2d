/**
 * Whether a request that changes something came from one of the desk's own
 * pages. A browser sends Origin on every POST, and a page on another site
 * cannot change it; so an Origin whose host is not the one the request was
 * sent to (X-Forwarded-Host behind a proxy, else Host), or `null` (a sandboxed
 * frame, a redirect across sites), is cross-site: refused, as Next refuses
 * such a server action. Without Origin the sender is not a browser, and so
 * carries no victim's cookie.
 */
export function isFromOwnOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  try {
    return origin !== "null" && host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}
