import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebFetchError } from "./fetch-errors";
import { deskFetchPolicy } from "./fetch-policy";
import { fetchWebPage } from "./safe-fetch";

/**
 * https with the socket pinned to a vetted address: the TLS server name and
 * the certificate check must still be the site's name, not the address. The
 * certificate is made here with openssl, for fixture.test only.
 */
const opensslAvailable = spawnSync("openssl", ["version"]).status === 0;

describe.skipIf(!opensslAvailable)("https through the pinned connection", () => {
  let server: Server;
  let port: number;
  let certificate: string;
  const serverNames: (string | undefined)[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "desk-tls-"));
    const made = spawnSync("openssl", [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"],
      ...["-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")],
      ...["-subj", "/CN=fixture.test", "-addext", "subjectAltName=DNS:fixture.test"],
    ]);
    if (made.status !== 0) throw new Error(made.stderr.toString());
    certificate = readFileSync(path.join(dir, "cert.pem"), "utf8");
    const key = readFileSync(path.join(dir, "key.pem"), "utf8");
    rmSync(dir, { recursive: true, force: true });

    server = createServer({ key, cert: certificate }, (request, response) => {
      response.writeHead(200, { "content-type": "text/plain" });
      response.end(`host=${request.headers.host}`);
    });
    server.on("secureConnection", (socket) => serverNames.push(socket.servername || undefined));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );

  const policy = (trust: boolean) =>
    deskFetchPolicy({
      allowLoopback: true,
      timeoutMs: 5_000,
      resolveHost: async () => ["127.0.0.1"],
      ca: trust ? certificate : undefined,
    });

  it("sends the site's name for SNI and Host, and checks the certificate against it", async () => {
    const page = await fetchWebPage(`https://fixture.test:${port}/`, policy(true));
    expect(page.body.toString()).toBe(`host=fixture.test:${port}`);
    expect(page.address).toBe("127.0.0.1");
    expect(serverNames.at(-1)).toBe("fixture.test");
  });

  it("refuses a certificate it cannot verify", async () => {
    const error = await fetchWebPage(`https://fixture.test:${port}/`, policy(false)).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(WebFetchError);
    expect(error.failure).toBe("tls");
    expect(error.message).toMatch(/^The site's secure connection could not be verified/);
  });

  it("refuses a certificate made for another name", async () => {
    const error = await fetchWebPage(`https://other.test:${port}/`, policy(true)).catch((e) => e);
    expect(error).toBeInstanceOf(WebFetchError);
    expect(error.failure).toBe("tls");
  });
});
