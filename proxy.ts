import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { API_BODY_LIMIT_BYTES, SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/security/body-limits";
import { contentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";
import { isHttpsRequest, strictTransportSecurity } from "@/lib/security/https";

/**
 * Runs before every route. It stamps each request with an id (carried into
 * audit events), gives each response its security headers around a fresh
 * CSP nonce, refuses an oversized form before anything reads it, and sends
 * visitors without a session cookie who open a page to the sign-in page. It is a
 * convenience, never the security boundary: pages, actions and the data
 * layer check the user and role themselves (CVE-2025-29927 is why).
 */
// /welcome/<token>: invite and password-reset links, opened by people who have no session yet;
// /unsubscribe: an email's signed link that turns one kind of email off without signing in
const publicPaths = ["/login", "/welcome", "/unsubscribe", "/api/auth", "/api/health"];

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https = isHttpsRequest(request, env.TRUST_PROXY);
  const policy = contentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === "development",
    https,
  });
  const { pathname, search } = request.nextUrl;

  const secured = (response: NextResponse) => {
    response.headers.set("content-security-policy", policy);
    response.headers.set("x-content-type-options", "nosniff");
    // a one-time link in the address must not leak to the sites its page links to
    response.headers.set(
      "referrer-policy",
      pathname.startsWith("/welcome/") ? "no-referrer" : "strict-origin-when-cross-origin",
    );
    if (https) response.headers.set("strict-transport-security", strictTransportSecurity);
    return response;
  };

  // A POST to a page is a server action. Next would read up to its limit and then fail with a
  // 500; a body that says it is bigger gets a plain 413 instead, unread.
  const declaredLength = Number(request.headers.get("content-length") ?? 0);
  if (
    request.method === "POST" &&
    !pathname.startsWith("/api/") &&
    declaredLength > SERVER_ACTION_BODY_LIMIT_BYTES
  ) {
    return secured(
      new NextResponse("The form is too large to send.", {
        status: 413,
        headers: { "content-type": "text/plain; charset=utf-8" },
      }),
    );
  }

  // An API route needs a small body at most, and must not read a big one before it checks
  // who is asking (Auth.js reads the sign-in form before anything). A body that says it is
  // bigger, or does not say how big it is (chunked), is refused unread.
  if (pathname.startsWith("/api/") && request.method !== "GET" && request.method !== "HEAD") {
    const refusal =
      declaredLength > API_BODY_LIMIT_BYTES
        ? {
            status: 413,
            reason: "bad_request:body_too_large",
            message: "The request body is too large.",
          }
        : request.headers.has("transfer-encoding") && !request.headers.has("content-length")
          ? {
              status: 411,
              reason: "bad_request:length_required",
              message: "Send the request body with its Content-Length.",
            }
          : null;
    if (refusal) {
      return secured(
        NextResponse.json(
          // the API's error body (lib/api/api-error.ts), before any route or language is known
          { error: { code: "bad_request", reason: refusal.reason, message: refusal.message } },
          { status: refusal.status, headers: { "cache-control": "no-store" } },
        ),
      );
    }
  }

  const isPublic = publicPaths.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSessionCookie = request.cookies
    .getAll()
    .some((cookie) => cookie.name.includes("authjs.session-token"));
  // Only a page being opened is sent to sign in. A form sent after the
  // session ended (signed out in another tab) reaches its action, which
  // refuses it, records the refusal and says so in the form, keeping the text.
  const opensPage = request.method === "GET" || request.method === "HEAD";
  if (opensPage && !isPublic && !hasSessionCookie && !pathname.startsWith("/api/")) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", pathname + search);
    return secured(NextResponse.redirect(login));
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", crypto.randomUUID());
  // Next takes the nonce for its own scripts from this request header; x-nonce is for ours
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  return secured(NextResponse.next({ request: { headers: requestHeaders } }));
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
