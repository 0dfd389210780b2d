import { NextResponse, type NextRequest } from "next/server";

/**
 * Runs before every route. It stamps each request with an id (carried into
 * audit events) and sends visitors without a session cookie to the sign-in
 * page. It is a convenience, never the security boundary: pages, actions and
 * the data layer check the user and role themselves (CVE-2025-29927 is why).
 */
// /welcome/<token>: invite and password-reset links, opened by people who have no session yet
const publicPaths = ["/login", "/welcome", "/api/auth", "/api/health"];

export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", crypto.randomUUID());

  const { pathname, search } = request.nextUrl;
  const isPublic = publicPaths.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSessionCookie = request.cookies
    .getAll()
    .some((cookie) => cookie.name.includes("authjs.session-token"));
  if (!isPublic && !hasSessionCookie && !pathname.startsWith("/api/")) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", pathname + search);
    return NextResponse.redirect(login);
  }
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
