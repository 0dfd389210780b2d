/**
 * The desk's Content-Security-Policy, built per request around a fresh nonce
 * (proxy.ts). Next reads the nonce back from the request's CSP header and
 * puts it on every script it renders, so only the desk's own scripts run:
 * an injected `<script>` or `onerror=` has no nonce and is refused even if
 * some text escaped its escaping. Pure, so the unit test can read it.
 */

export type PolicyContext = {
  nonce: string;
  /** `next dev` needs eval for React's debugging aids; a production build never does */
  development: boolean;
  /** served over https: ask the browser to upgrade any http subresource */
  https: boolean;
};

/** 128 random bits, base64: unguessable, and one per response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, development, https }: PolicyContext): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic' lets the nonce'd bootstrap load Next's chunks; 'self' is for old browsers
    [
      "script-src",
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    // 'unsafe-inline' for styles only: React writes style="" attributes (progress bars) and
    // Radix's scroll lock inserts a <style> element without a nonce. A nonce here would make
    // browsers ignore 'unsafe-inline'. CSS cannot run script in current browsers.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    // the live updates (server-sent events) and, in development, the hot-reload socket
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}
