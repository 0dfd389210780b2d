import "server-only";
import { env } from "@/lib/env";
import { isLoopback } from "@/lib/web/address-rules";

/**
 * Why a web address (already known to be http or https) cannot be evidence,
 * or null when it can. Credentials in a link would be stored, exported and
 * shown to every reviewer, so they are refused rather than stripped: the
 * person who pasted them should know they were in it. `localhost` and bare
 * IP addresses name one machine, not a site a reader can open or weigh.
 * The checks read the parsed host, so spellings the parser folds
 * (`http://2130706433/`, `http://0x7f.1/`, `LOCALHOST.`) are caught too.
 *
 * `allowLoopback` (UNSAFE_FETCH_LOOPBACK_FOR_TESTS, tests only) lets a
 * loopback address through, so that an end-to-end spec can add its fixture
 * server's page as evidence and see the desk capture it.
 */
export function publicAddressProblem(
  value: string,
  allowLoopback = env.UNSAFE_FETCH_LOOPBACK_FOR_TESTS,
): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null; // not a URL at all: the web-address check says so
  }
  if (url.username !== "" || url.password !== "") {
    return "evidence.errors.credentials";
  }
  const host = url.hostname.replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) {
    return "evidence.errors.localhost";
  }
  if (host.startsWith("[") || /^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    if (allowLoopback && isLoopback(host.replace(/^\[(.*)\]$/, "$1"))) return null;
    return "evidence.errors.bareIp";
  }
  return null;
}
