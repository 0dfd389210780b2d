import "server-only";
import { isIP } from "node:net";
import { blockedAddressKind, isLoopback } from "./address-rules";
import { blockedAddress, WebFetchError } from "./fetch-errors";
import { STANDARD_PORTS, type FetchPolicy } from "./fetch-policy";

/**
 * Where one request of a fetch goes: the address as parsed, and the one IP
 * address the connection will be made to, vetted. Every address the host
 * resolves to is checked, not only the one used: a name that also resolves
 * into a private network is refused whole, so no resolver order, retry or
 * happy-eyeballs fallback can reach it.
 */
export type FetchTarget = {
  url: URL;
  /** the host as a socket wants it: no brackets around IPv6 */
  host: string;
  port: number;
  /** the vetted IP address the socket connects to */
  address: string;
};

/**
 * Parses and checks an address the desk is asked to fetch (or was
 * redirected to), then resolves and vets its host. The URL parser has already
 * turned decimal, octal and hexadecimal IPv4 spellings (http://2130706433/,
 * http://0177.0.0.1/) into dotted form, so the address rules see them as
 * the addresses they are.
 */
export async function resolveFetchTarget(
  address: string | URL,
  policy: FetchPolicy,
  redirected: boolean,
): Promise<FetchTarget> {
  const url = parseWebAddress(address, redirected);
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const port = url.port === "" ? (url.protocol === "https:" ? 443 : 80) : Number(url.port);
  const addresses = isIP(host) ? [host] : await resolveHost(host, policy);
  for (const candidate of addresses) {
    const kind = blockedAddressKind(candidate);
    if (kind === null || (kind === "loopback" && policy.allowLoopback)) continue;
    throw blockedAddress(kind, candidate, redirected);
  }
  // the tests' fixture servers listen on loopback, on ports of their own
  const loopbackForTests = policy.allowLoopback && addresses.every(isLoopback);
  if (!STANDARD_PORTS.includes(port) && !policy.extraPorts.includes(port) && !loopbackForTests) {
    throw portRefusal(port, policy, redirected);
  }
  // IPv4 first: many networks (this one too) have no IPv6 route out
  const chosen = addresses.find((candidate) => isIP(candidate) === 4) ?? addresses[0]!;
  return { url, host, port, address: chosen };
}

function parseWebAddress(address: string | URL, redirected: boolean): URL {
  let url: URL;
  try {
    url = typeof address === "string" ? new URL(address.trim()) : address;
  } catch {
    throw new WebFetchError(
      "not-web-address",
      redirected
        ? "That page redirects to something that is not a web address."
        : "Enter a web address starting with http:// or https://.",
    );
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") {
    throw new WebFetchError(
      "not-web-address",
      redirected
        ? `That page redirects to a ${url.protocol.replace(/:$/, "")}: address; the desk fetches only http:// and https:// pages.`
        : "The desk fetches only http:// and https:// pages.",
      { scheme: url.protocol },
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw new WebFetchError(
      "credentials",
      "Remove the user name and password from the address: the desk does not sign in to sites.",
    );
  }
  return url;
}

async function resolveHost(host: string, policy: FetchPolicy): Promise<string[]> {
  try {
    const addresses = await policy.resolveHost(host);
    if (addresses.length > 0) return addresses;
  } catch {
    // ENOTFOUND, EAI_AGAIN, a name with no addresses: all the same to the person
  }
  throw new WebFetchError(
    "unknown-host",
    `No site called ${host} could be found. Check the address for typing mistakes.`,
    { host },
  );
}

function portRefusal(port: number, policy: FetchPolicy, redirected: boolean) {
  const allowed = [...STANDARD_PORTS, ...policy.extraPorts];
  const list = `${allowed.slice(0, -1).join(", ")} and ${allowed.at(-1)}`;
  const subject = redirected ? "That page redirects to an address that uses" : "That address uses";
  return new WebFetchError(
    "port",
    `${subject} port ${port}; the desk fetches only from ports ${list}.`,
    { port },
  );
}
