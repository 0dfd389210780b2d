/**
 * Every way the desk's fetcher refuses or fails to read a page, each with a
 * sentence that can stand under the field where the address was typed. The
 * code is stable (audit events and snapshots record it); the sentence is for
 * people. Resolved addresses are kept out of the sentence (a reviewer has no
 * business mapping the desk's network through it) and in `detail`, for the
 * audit trail.
 */
import type { BlockedAddressKind } from "./address-rules";

export type WebFetchFailure =
  | "not-web-address"
  | "credentials"
  | "port"
  | BlockedAddressKind
  | "unknown-host"
  | "unreachable"
  | "tls"
  | "timeout"
  | "too-large"
  | "too-many-redirects"
  | "http-status"
  | "not-a-page"
  | "unreadable"
  | "busy";

const blockedSentences: Record<BlockedAddressKind, string> = {
  loopback: "That address is the desk's own machine (loopback), which the desk does not fetch.",
  private: "That address is inside a private network, which the desk does not fetch.",
  "link-local": "That address is link-local (reachable only inside a local network).",
  metadata: "That address is a cloud metadata service, which the desk never fetches.",
  multicast: "That address is a multicast address, not a web site.",
  unspecified: "That address is unspecified (0.0.0.0 or ::), not a web site.",
  shared: "That address is inside a carrier's shared network (100.64.0.0/10), not the internet.",
  reserved: "That address is reserved and not on the public internet.",
};

export class WebFetchError extends Error {
  constructor(
    readonly failure: WebFetchFailure,
    message: string,
    /** for the audit trail: the address refused, the status, the media type… */
    readonly detail: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = "WebFetchError";
  }

  /** The final answer's HTTP status, when the site answered with an error. */
  get status(): number | undefined {
    return typeof this.detail.status === "number" ? this.detail.status : undefined;
  }
}

/** The refusal of an address of the given kind; `redirected`: reached through a redirect. */
export function blockedAddress(kind: BlockedAddressKind, address: string, redirected: boolean) {
  const sentence = blockedSentences[kind];
  const message = redirected
    ? sentence.replace(/^That address is/, "That page redirects to an address that is")
    : sentence;
  return new WebFetchError(kind, message, { address });
}

export function formatSeconds(milliseconds: number): string {
  const seconds = milliseconds / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

export function formatLimit(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1
    ? `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

const statusNames: Record<number, string> = {
  400: "bad request",
  401: "sign-in required",
  403: "forbidden",
  404: "not found",
  410: "gone",
  429: "too many requests",
  451: "unavailable for legal reasons",
  500: "server error",
  502: "bad gateway",
  503: "unavailable",
  504: "gateway timeout",
};

export function httpStatusError(status: number) {
  const name = statusNames[status];
  const answer = name ? `${status} (${name})` : String(status);
  const hint =
    status === 401 || status === 403
      ? " The page may be behind a sign-in or paywall: open it in a browser and paste its text."
      : "";
  return new WebFetchError(
    "http-status",
    `The site answered ${answer} instead of the page.${hint}`,
    { status },
  );
}
