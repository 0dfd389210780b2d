import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// the request being served, as next/headers would give it
let requestCookies: Array<{ name: string; value: string }> = [];
let forwardedProto = "http";
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => requestCookies.find((cookie) => cookie.name === name),
    getAll: () => requestCookies,
  }),
  headers: async () => new Headers({ "x-forwarded-proto": forwardedProto }),
}));

const { readSessionCookie } = await import("./session-cookie");

const secret = "a-test-secret-of-at-least-thirty-two-characters";
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";

// what Auth.js writes at sign-in (encode is the one its session endpoint uses)
const sealed = (claims: Record<string, unknown>, salt = PLAIN, maxAge = 3600) =>
  encode({ token: claims, secret, salt, maxAge });

describe("readSessionCookie", () => {
  beforeEach(() => {
    vi.stubEnv("AUTH_SECRET", secret);
    vi.stubEnv("AUTH_URL", undefined);
    vi.stubEnv("NEXTAUTH_URL", undefined);
    requestCookies = [];
    forwardedProto = "http";
  });
  afterEach(() => vi.unstubAllEnvs());

  it("reads the user, session and session version Auth.js sealed at sign-in", async () => {
    requestCookies = [
      { name: PLAIN, value: await sealed({ sub: "user-1", sid: "session-1", sv: 3 }) },
    ];
    expect(await readSessionCookie()).toEqual({
      userId: "user-1",
      sessionId: "session-1",
      sessionVersion: 3,
    });
  });

  it("reads the cookie of a session signed in over HTTPS", async () => {
    forwardedProto = "https";
    requestCookies = [
      { name: SECURE, value: await sealed({ sub: "user-2", sid: "s", sv: 1 }, SECURE) },
    ];
    expect(await readSessionCookie()).toEqual({
      userId: "user-2",
      sessionId: "s",
      sessionVersion: 1,
    });

    // AUTH_URL, when set, decides the scheme as it does for Auth.js
    forwardedProto = "http";
    vi.stubEnv("AUTH_URL", "https://desk.example.org");
    expect(await readSessionCookie()).toEqual({
      userId: "user-2",
      sessionId: "s",
      sessionVersion: 1,
    });
  });

  it("over HTTPS ignores a plain-named cookie, as one planted from an http page would be", async () => {
    forwardedProto = "https";
    requestCookies = [{ name: PLAIN, value: await sealed({ sub: "intruder", sid: "s", sv: 1 }) }];
    expect(await readSessionCookie()).toBeNull();
  });

  it("joins a token Auth.js split into numbered chunks, in their order", async () => {
    const token = await sealed({ sub: "user-3", sid: "s", sv: 2 });
    const cut = Math.floor(token.length / 2);
    requestCookies = [
      { name: `${PLAIN}.1`, value: token.slice(cut) },
      { name: `${PLAIN}.0`, value: token.slice(0, cut) },
    ];
    expect(await readSessionCookie()).toEqual({
      userId: "user-3",
      sessionId: "s",
      sessionVersion: 2,
    });
  });

  it("is signed out without a session cookie", async () => {
    requestCookies = [{ name: "other", value: "x" }];
    expect(await readSessionCookie()).toBeNull();
  });

  it("refuses a token sealed with another secret, or under the other cookie's name", async () => {
    const foreign = await encode({
      token: { sub: "user-1", sid: "s", sv: 1 },
      secret: "another-secret-of-at-least-thirty-two-chars",
      salt: PLAIN,
    });
    requestCookies = [{ name: PLAIN, value: foreign }];
    expect(await readSessionCookie()).toBeNull();

    // a plain-HTTP cookie moved under the secure name does not decrypt
    forwardedProto = "https";
    requestCookies = [
      { name: SECURE, value: await sealed({ sub: "user-1", sid: "s", sv: 1 }, PLAIN) },
    ];
    expect(await readSessionCookie()).toBeNull();
  });

  it("refuses a tampered or expired token", async () => {
    const token = await sealed({ sub: "user-1", sid: "s", sv: 1 });
    const flipped = token.slice(0, -2) + (token.at(-2) === "A" ? "B" : "A") + token.at(-1);
    requestCookies = [{ name: PLAIN, value: flipped }];
    expect(await readSessionCookie()).toBeNull();

    // past its lifetime, beyond the 15 seconds of clock skew Auth.js allows
    requestCookies = [
      { name: PLAIN, value: await sealed({ sub: "user-1", sid: "s", sv: 1 }, PLAIN, -60) },
    ];
    expect(await readSessionCookie()).toBeNull();
  });

  it("stops accepting a remembered token once it expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      requestCookies = [
        { name: PLAIN, value: await sealed({ sub: "user-4", sid: "s", sv: 1 }, PLAIN, 60) },
      ];
      expect(await readSessionCookie()).toEqual({
        userId: "user-4",
        sessionId: "s",
        sessionVersion: 1,
      });
      vi.setSystemTime(Date.now() + 50_000);
      expect(await readSessionCookie()).toEqual({
        userId: "user-4",
        sessionId: "s",
        sessionVersion: 1,
      });
      vi.setSystemTime(Date.now() + 30_000);
      expect(await readSessionCookie()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("refuses a token without the claims the sign-in callback writes", async () => {
    requestCookies = [{ name: PLAIN, value: await sealed({ sub: "user-1" }) }];
    expect(await readSessionCookie()).toBeNull();
    // issued before sessions were kept on the server: no session to check it against
    requestCookies = [{ name: PLAIN, value: await sealed({ sub: "user-1", sv: 1 }) }];
    expect(await readSessionCookie()).toBeNull();
  });
});
