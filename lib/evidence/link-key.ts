import "server-only";

/**
 * Query parameters that say how a reader reached a page, not which page it
 * is: campaign tags and the click identifiers ad networks, social sites and
 * mailing tools append. Two links differing only in these are one source.
 */
const trackingParameters = new Set([
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "ttclid",
  "li_fat_id",
  "igshid",
  "igsh",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "oly_anon_id",
  "oly_enc_id",
  "vero_id",
  "rb_clickid",
]);

const isTracking = (name: string) => {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || trackingParameters.has(lower);
};

/**
 * The form of an evidence link that two copies of one source share, for
 * telling that a link is already on a card: scheme and host in lower case,
 * no default port, no fragment, no trailing slash on the path, tracking
 * parameters dropped and the rest sorted. Only for comparing; the card shows
 * the link as it was typed. The path keeps its case (servers tell
 * `/Article` from `/article`), and `www.` is kept: it can be another site.
 * Returns null for what is not an absolute URL.
 */
export function linkKey(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  // the URL parser already lower-cases the scheme and host and drops the default port
  const query = [...url.searchParams]
    .filter(([name]) => !isTracking(name))
    .sort(([a, aValue], [b, bValue]) => compare(a, b) || compare(aValue, bValue));
  const search = new URLSearchParams(query).toString();
  const path = url.pathname
    .replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase())
    .replace(/\/+$/, "");
  return `${url.protocol}//${url.host}${path}${search ? `?${search}` : ""}`;
}

// by code unit, not locale: the same on every server
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
