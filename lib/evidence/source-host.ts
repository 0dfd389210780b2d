import "server-only";

/**
 * The site a source is on, as the card shows it beside the title: the host
 * in lower case without a leading `www.`. International names stay in their
 * ASCII (punycode) form, as browsers show mixed-script names, so a look-alike
 * host cannot pass for the outlet it imitates. Null for what is not a URL.
 */
export function sourceHost(value: string): string | null {
  try {
    const host = new URL(value).hostname.replace(/\.$/, "");
    return host.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
