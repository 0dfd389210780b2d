import "server-only";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { formatSeconds, httpStatusError, WebFetchError } from "./fetch-errors";
import type { FetchPolicy } from "./fetch-policy";
import { resolveFetchTarget, type FetchTarget } from "./fetch-target";
import { pageKindOf, parseContentType, sniffPageKind, type PageKind } from "./media-type";
import { readLimitedBody } from "./read-body";

/**
 * The desk's only way onto the web, so that it can never be made a way into
 * its own network: http and https only, ports 80 and 443 unless allowed, every
 * address the host resolves to checked against lib/web/address-rules.ts (and
 * again on each of at most 5 redirects), the socket pinned to the address that
 * was checked (its `lookup` answers with that address alone, so a second DNS
 * answer cannot swap it; the Host header and TLS server name stay the
 * site's), the body capped, the whole fetch under one deadline, and only
 * HTML or plain text accepted. Each refusal is a WebFetchError with a
 * sentence for the form.
 */
export type FetchedPage = {
  /** the address as asked for */
  requestedUrl: string;
  /** where the page was found, after redirects */
  finalUrl: string;
  status: number;
  kind: PageKind;
  /** the media type the site named (null when it named none) */
  mediaType: string | null;
  /** the charset the Content-Type header named, if any */
  charset: string | null;
  body: Buffer;
  /** the addresses redirected through, in order */
  redirects: string[];
  /** the IP address the page was read from */
  address: string;
};

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

const requestHeaders = {
  "user-agent": "Mozilla/5.0 (compatible; VerificationDesk/1.0; fact-checking)",
  accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
  "accept-encoding": "gzip, deflate, br",
};

export async function fetchWebPage(address: string, policy: FetchPolicy): Promise<FetchedPage> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), policy.timeoutMs);
  const timedOut = () =>
    new WebFetchError("timeout", `The page took longer than ${formatSeconds(policy.timeoutMs)}.`, {
      timeoutMs: policy.timeoutMs,
    });
  try {
    return await Promise.race([
      followRedirects(address, policy, deadline.signal),
      new Promise<never>((_, reject) =>
        deadline.signal.addEventListener("abort", () => reject(timedOut()), { once: true }),
      ),
    ]);
  } catch (error) {
    if (deadline.signal.aborted) throw timedOut();
    throw asFetchError(error);
  } finally {
    clearTimeout(timer);
    deadline.abort(); // ends whatever is still under way
  }
}

async function followRedirects(
  address: string,
  policy: FetchPolicy,
  signal: AbortSignal,
): Promise<FetchedPage> {
  const redirects: string[] = [];
  let next: string | URL = address;
  for (;;) {
    const target = await resolveFetchTarget(next, policy, redirects.length > 0);
    signal.throwIfAborted();
    const response = await request(target, policy, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;

    if (redirectStatuses.has(status) && location) {
      response.destroy();
      if (redirects.length >= policy.maxRedirects) {
        throw new WebFetchError(
          "too-many-redirects",
          `That page redirects more than ${policy.maxRedirects} times, so the desk stopped following it.`,
          { redirects: redirects.length },
        );
      }
      redirects.push(target.url.href);
      try {
        next = new URL(location, target.url);
      } catch {
        throw new WebFetchError(
          "not-web-address",
          "That page redirects to something that is not a web address.",
        );
      }
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw httpStatusError(status);
    }
    return readPage(address, target, response, redirects, policy);
  }
}

async function readPage(
  requestedUrl: string,
  target: FetchTarget,
  response: IncomingMessage,
  redirects: string[],
  policy: FetchPolicy,
): Promise<FetchedPage> {
  const { mediaType, charset } = parseContentType(response.headers["content-type"]);
  const declaredKind = mediaType === null ? null : pageKindOf(mediaType);
  if (mediaType !== null && declaredKind === null) {
    response.destroy();
    throw new WebFetchError("not-a-page", `That is not a web page (${mediaType}).`, { mediaType });
  }
  const body = await readLimitedBody(response, policy.maxBytes);
  const kind = declaredKind ?? sniffPageKind(body);
  if (kind === null) {
    throw new WebFetchError(
      "not-a-page",
      "That is not a web page (the site did not say what it is, and it is not text).",
    );
  }
  return {
    requestedUrl,
    finalUrl: target.url.href,
    status: response.statusCode ?? 200,
    kind,
    mediaType,
    charset,
    body,
    redirects,
    address: target.address,
  };
}

/** One GET, on a socket of its own connected to the vetted address. */
function request(
  target: FetchTarget,
  policy: FetchPolicy,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const { url, host, port, address } = target;
  const secure = url.protocol === "https:";
  const options: https.RequestOptions = {
    host,
    port,
    path: `${url.pathname}${url.search}`,
    method: "GET",
    headers: { ...requestHeaders, host: url.host },
    // no pooled keep-alive socket: each request connects to its own vetted address
    agent: false,
    lookup: pinnedLookup(address),
    signal,
    ...(secure ? { servername: isIP(host) ? undefined : host, ca: policy.ca } : {}),
  };
  return new Promise((resolve, reject) => {
    const outgoing = (secure ? https : http).request(options, (response) => {
      const remote = response.socket.remoteAddress;
      if (remote && !sameAddress(remote, address)) {
        response.destroy();
        reject(new WebFetchError("unreachable", "The site could not be reached.", { remote }));
        return;
      }
      resolve(response);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

/** A DNS lookup that can only answer `address`: the one the rules approved. */
function pinnedLookup(address: string): LookupFunction {
  const family = isIP(address);
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

function sameAddress(a: string, b: string): boolean {
  try {
    return ipaddr.process(a).toString() === ipaddr.process(b).toString();
  } catch {
    return a === b;
  }
}

const tlsCodes = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/;

/** Socket, TLS and decompression failures, told as the person can act on them. */
function asFetchError(error: unknown): WebFetchError {
  if (error instanceof WebFetchError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "unknown";
  if (tlsCodes.test(code)) {
    return new WebFetchError(
      "tls",
      `The site's secure connection could not be verified (${code}), so the desk did not read it.`,
      { code },
    );
  }
  if (code.startsWith("Z_") || code === "ERR_ZLIB") {
    return new WebFetchError("unreachable", "The site sent a damaged page; try again later.", {
      code,
    });
  }
  return new WebFetchError(
    "unreachable",
    `The site could not be reached (${code}). Check the address, or try again later.`,
    { code },
  );
}
