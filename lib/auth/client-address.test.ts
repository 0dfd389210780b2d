import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installSocketAddressStamp, SOCKET_ADDRESS_HEADER } from "@/lib/security/socket-address";
import { clientAddress } from "./client-address";

// A real server of this process, stamped as the desk's is by instrumentation.ts:
// what clientAddress makes of each request it receives, whatever the client claims.
let server: http.Server;
let port: number;

beforeAll(async () => {
  installSocketAddressStamp();
  server = http.createServer((request, response) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    response.end(clientAddress(headers));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const addressSeen = async (headers: Record<string, string>) =>
  (await fetch(`http://127.0.0.1:${port}/`, { headers })).text();

describe("clientAddress without TRUST_PROXY", () => {
  it("is the socket's address, whatever X-Forwarded-For the client writes", async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      seen.add(await addressSeen({ "x-forwarded-for": `198.51.100.${i}, 203.0.113.${i}` }));
    }
    seen.add(await addressSeen({ "x-real-ip": "192.0.2.7" }));
    expect([...seen]).toEqual(["127.0.0.1"]);
  });

  it("does not believe a stamp the client forged", async () => {
    expect(await addressSeen({ [SOCKET_ADDRESS_HEADER]: "guess 192.0.2.1" })).toBe("127.0.0.1");
    // outside the stamped server (a forged header on its own): unknown, never the claim
    const forged = new Headers({
      [SOCKET_ADDRESS_HEADER]: "0123456789abcdef 192.0.2.1",
      "x-forwarded-for": "192.0.2.1",
    });
    expect(clientAddress(forged)).toBe("unknown");
  });
});
