/**
 * Web hosts as a source lists them and an evidence link is matched by: lower
 * case, without a leading "www." or a trailing dot, in ASCII (punycode) form
 * as the URL parser gives it, so a look-alike host never matches the outlet
 * it imitates. Pure.
 */

/** "https://WWW.ng.ru/politics/" or "ng.ru" → "ng.ru"; null for what is not a public host name. */
export function normaliseHost(input: string): string | null {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const hostname = url.hostname;
  const host = hostname.replace(/\.$/, "").replace(/^www\./, "");
  // a site's name: at least two labels, not an address of one machine
  if (!host.includes(".") || host.startsWith("[") || /^[\d.]+$/.test(host)) return null;
  if (host === "localhost" || host.endsWith(".localhost")) return null;
  return host;
}

/**
 * The hosts a link's host is looked up by, most specific first:
 * "arabic.euronews.com" → ["arabic.euronews.com", "euronews.com"], so a
 * section or regional site maps to its outlet unless it has a source of its
 * own.
 */
export function hostLookups(host: string): string[] {
  const labels = host.split(".");
  const lookups: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) lookups.push(labels.slice(i).join("."));
  return lookups;
}

/** One host per line (commas and spaces also separate), each normalised; duplicates dropped. */
export function parseHostList(text: string): { hosts: string[]; invalid: string[] } {
  const hosts = new Set<string>();
  const invalid: string[] = [];
  for (const piece of text.split(/[\s,]+/)) {
    if (piece === "") continue;
    const host = normaliseHost(piece);
    if (host) hosts.add(host);
    else invalid.push(piece);
  }
  return { hosts: [...hosts].sort(), invalid };
}
