/**
 * The address of the TCP peer of a request, which Next does not give to
 * application code: it copies it into X-Forwarded-For only when the request
 * has none, so a client that writes its own header chooses its address. The
 * login throttle needs an address a client cannot choose.
 *
 * So the server process stamps every request with its socket's address, in
 * a header it overwrites whatever the client sent, as the request is emitted
 * by Node's HTTP server (before Next or the proxy see it). The stamp carries
 * a secret made at start, known only to this process: a request that reached
 * the server before the stamp was installed, with a stamp forged by its
 * client, is not believed. Installed by instrumentation.ts, in the Node.js
 * runtime only; no `server-only` import, since instrumentation is not
 * compiled for React's server environment.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";

export const SOCKET_ADDRESS_HEADER = "x-desk-socket-address";

const stampKey = Symbol.for("verification-desk.socket-address-stamp");
type WithStamp = { [stampKey]?: string };

/** Stamps every request of every HTTP(S) server of this process from now on. */
export function installSocketAddressStamp(): void {
  const holder = globalThis as WithStamp;
  if (holder[stampKey]) return;
  const secret = randomBytes(16).toString("hex");
  holder[stampKey] = secret;
  for (const prototype of [http.Server.prototype, https.Server.prototype]) {
    const emit = prototype.emit;
    prototype.emit = function stampingEmit(
      this: unknown,
      event: string | symbol,
      ...args: unknown[]
    ) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        request.headers[SOCKET_ADDRESS_HEADER] = `${secret} ${request.socket?.remoteAddress ?? ""}`;
      }
      return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    } as typeof emit;
  }
}

/** The socket's address as stamped by this process, or null when the request carries no true stamp. */
export function stampedSocketAddress(headers: Headers): string | null {
  const secret = (globalThis as WithStamp)[stampKey];
  const stamp = headers.get(SOCKET_ADDRESS_HEADER);
  if (!secret || !stamp?.startsWith(`${secret} `)) return null;
  return stamp.slice(secret.length + 1) || null;
}
