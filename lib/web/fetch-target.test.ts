import { describe, expect, it } from "vitest";
import { WebFetchError } from "./fetch-errors";
import { deskFetchPolicy, type FetchPolicy } from "./fetch-policy";
import { resolveFetchTarget } from "./fetch-target";

/** Made-up names; nothing here touches DNS or the network. */
const names: Record<string, string[]> = {
  "news.example": ["93.184.215.14"],
  "intranet.example": ["10.1.2.3"],
  "sneaky.example": ["93.184.215.14", "192.168.0.10"],
  "dual.example": ["2606:4700::1", "93.184.215.14"],
  "loop.example": ["127.0.0.1"],
};

const policy = (overrides: Partial<FetchPolicy> = {}) =>
  deskFetchPolicy({
    allowLoopback: false,
    extraPorts: [],
    resolveHost: async (host) => names[host] ?? [],
    ...overrides,
  });

async function refusal(address: string, overrides: Partial<FetchPolicy> = {}, redirected = false) {
  const error = await resolveFetchTarget(address, policy(overrides), redirected).catch((e) => e);
  if (!(error instanceof WebFetchError)) throw new Error(`${address} was not refused`);
  return error;
}

describe("IPv4 addresses written in URLs", () => {
  it.each([
    ["http://127.0.0.1/", "loopback"],
    ["http://2130706433/", "loopback"], // decimal
    ["http://0177.0.0.1/", "loopback"], // octal
    ["http://0x7f.0.0.1/", "loopback"], // hexadecimal
    ["http://0x7f000001/", "loopback"],
    ["http://017700000001/", "loopback"],
    ["http://127.1/", "loopback"], // short form
    ["http://10.1/", "private"], // 10.0.0.1
    ["http://0xa9fea9fe/", "metadata"], // 169.254.169.254
    ["http://[::ffff:127.0.0.1]/", "loopback"],
    ["http://[::ffff:a9fe:a9fe]/latest/meta-data/", "metadata"],
    ["http://[::1]/", "loopback"],
    ["http://[fe80::1]/", "link-local"],
    ["http://0.0.0.0/", "unspecified"],
    ["http://localhost/", "loopback"],
  ])("refuses %s as %s", async (address, failure) => {
    const resolveHost = async (host: string) => (host === "localhost" ? ["127.0.0.1", "::1"] : []);
    expect((await refusal(address, { resolveHost })).failure).toBe(failure);
  });
});

describe("host names", () => {
  it("connects to the one address it vetted, IPv4 first", async () => {
    const target = await resolveFetchTarget("https://dual.example/a?b=1", policy(), false);
    expect(target).toMatchObject({ host: "dual.example", port: 443, address: "93.184.215.14" });
  });

  it("refuses a name that resolves into a private network", async () => {
    const error = await refusal("https://intranet.example/");
    expect(error.message).toBe(
      "That address is inside a private network, which the desk does not fetch.",
    );
    expect(error.detail).toEqual({ address: "10.1.2.3" });
  });

  it("refuses a name when any one of its addresses is private", async () => {
    expect((await refusal("https://sneaky.example/")).failure).toBe("private");
  });

  it("says so when the private address was reached through a redirect", async () => {
    const error = await refusal("http://intranet.example/", {}, true);
    expect(error.message).toMatch(/^That page redirects to an address that is inside a private/);
  });

  it("says when a name does not resolve", async () => {
    const error = await refusal("https://nowhere.example/");
    expect(error.failure).toBe("unknown-host");
    expect(error.message).toContain("No site called nowhere.example could be found");
  });
});

describe("schemes, credentials and ports", () => {
  it.each([
    "ftp://news.example/",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "gopher://news.example/",
  ])("refuses %s", async (address) => {
    const error = await refusal(address);
    expect(error.failure).toBe("not-web-address");
    expect(error.message).toBe("The desk fetches only http:// and https:// pages.");
  });

  it("refuses text that is not an address", async () => {
    expect((await refusal("news.example/article")).message).toBe(
      "Enter a web address starting with http:// or https://.",
    );
  });

  it("refuses a user name and password in the address", async () => {
    expect((await refusal("https://me:secret@news.example/")).failure).toBe("credentials");
  });

  it("fetches from ports 80 and 443 only, unless more are allowed", async () => {
    const error = await refusal("http://news.example:8080/");
    expect(error.message).toBe(
      "That address uses port 8080; the desk fetches only from ports 80 and 443.",
    );
    await expect(
      resolveFetchTarget("http://news.example:8080/", policy({ extraPorts: [8080] }), false),
    ).resolves.toMatchObject({ port: 8080 });
    await expect(
      resolveFetchTarget("http://news.example:443/", policy(), false),
    ).resolves.toMatchObject({ port: 443 });
    expect((await refusal("https://news.example:22/", {}, true)).message).toBe(
      "That page redirects to an address that uses port 22; the desk fetches only from ports 80 and 443.",
    );
  });

  it("with loopback allowed for tests, lets loopback through on any port and nothing else", async () => {
    const loose = { allowLoopback: true };
    await expect(
      resolveFetchTarget("http://loop.example:3999/", policy(loose), false),
    ).resolves.toMatchObject({ address: "127.0.0.1", port: 3999 });
    expect((await refusal("http://intranet.example/", loose)).failure).toBe("private");
    expect((await refusal("http://169.254.169.254/", loose)).failure).toBe("metadata");
    expect((await refusal("http://news.example:3999/", loose)).failure).toBe("port");
  });
});
