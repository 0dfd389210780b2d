import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { API_BODY_LIMIT_BYTES, SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/security/body-limits";
import { proxy } from "@/proxy";

const session = { cookie: "authjs.session-token=anything" };

describe("proxy", () => {
  it("puts a fresh nonce in the response's policy and in the request Next renders", () => {
    const first = proxy(new NextRequest("http://desk.example/claims", { headers: session }));
    const second = proxy(new NextRequest("http://desk.example/claims", { headers: session }));
    const policy = first.headers.get("content-security-policy")!;
    const nonce = policy.match(/'nonce-([^']+)'/)![1]!;
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    // NextResponse.next() hands changed request headers on as x-middleware-request-*
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
  });

  it("sends nosniff, a referrer policy and no HSTS over http", () => {
    const response = proxy(new NextRequest("http://desk.example/claims", { headers: session }));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("sends HSTS over https", () => {
    const response = proxy(new NextRequest("https://desk.example/claims", { headers: session }));
    expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}/);
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("keeps one-time links out of Referer headers", () => {
    const response = proxy(new NextRequest("http://desk.example/welcome/abc"));
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("gives the redirect to sign in the same headers", () => {
    const response = proxy(new NextRequest("http://desk.example/claims"));
    expect(response.status).toBe(307);
    expect(response.headers.get("content-security-policy")).toContain("'nonce-");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("lets a form sent without a session reach its action, which refuses it in the form", () => {
    const response = proxy(
      new NextRequest("http://desk.example/claims/1", {
        method: "POST",
        headers: { "content-length": "120", "next-action": "abc" },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("location")).toBeNull();
    expect(proxy(new NextRequest("http://desk.example/claims/1")).status).toBe(307);
  });

  it("answers 413 to a form bigger than the action limit, unread", () => {
    const post = (bytes: number) =>
      proxy(
        new NextRequest("http://desk.example/claims/1", {
          method: "POST",
          headers: { ...session, "content-length": String(bytes), "next-action": "abc" },
        }),
      );
    expect(post(SERVER_ACTION_BODY_LIMIT_BYTES + 1).status).toBe(413);
    expect(post(SERVER_ACTION_BODY_LIMIT_BYTES).status).toBe(200);
  });

  it("answers an API route's body bigger than the API limit 413, and one of no stated length 411, unread", async () => {
    const post = (path: string, headers: Record<string, string>) =>
      proxy(new NextRequest(`http://desk.example${path}`, { method: "POST", headers }));
    const tooBig = post("/api/admin/audit/verify", {
      ...session,
      "content-length": String(API_BODY_LIMIT_BYTES + 1),
    });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({
      error: { code: "bad_request", reason: "bad_request:body_too_large" },
    });
    // the sign-in endpoint reads its form before anyone is known: the same limit
    expect(post("/api/auth/callback/credentials", { "content-length": "20000" }).status).toBe(413);
    const unmeasured = post("/api/unsubscribe", { "transfer-encoding": "chunked" });
    expect(unmeasured.status).toBe(411);
    expect(await unmeasured.json()).toMatchObject({
      error: { code: "bad_request", reason: "bad_request:length_required" },
    });
    expect(
      post("/api/admin/audit/verify", {
        ...session,
        "content-length": String(API_BODY_LIMIT_BYTES),
      }).status,
    ).toBe(200);
  });
});
