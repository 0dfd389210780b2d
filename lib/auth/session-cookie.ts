import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";

/**
 * What the session cookie says: whose session it is and which session
 * version it was issued under. Decrypted here rather than through Auth.js's
 * `auth()`, which in a server component or route handler runs the whole
 * session endpoint for each call: it decrypts the token, encrypts a renewed
 * one for a cookie that a render cannot set (nothing is set: the renewal is
 * thrown away), wraps it in a Response and parses that back. That was about a
 * tenth of the server's time per page under load (issue 7). The check is the
 * same: the token must decrypt with AUTH_SECRET under the cookie's own name
 * (Auth.js's key salt) and must not have expired.
 */
export type SessionClaims = { userId: string; sessionVersion: number };

// Auth.js names the cookie after the scheme the person signed in over
const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];

type CookieJar = Awaited<ReturnType<typeof cookies>>;

/** The token, whole or (past 4 kB) in Auth.js's numbered chunks. */
function tokenIn(jar: CookieJar, name: string): string | undefined {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .map((cookie) => ({ cookie, index: cookie.name.match(/\.(\d+)$/)?.[1] }))
    .filter(({ cookie, index }) => index !== undefined && cookie.name === `${name}.${index}`)
    .sort((a, b) => Number(a.index) - Number(b.index));
  return chunks.length > 0 ? chunks.map(({ cookie }) => cookie.value).join("") : undefined;
}

export async function readSessionCookie(): Promise<SessionClaims | null> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set. Start the desk with `npm start`.");
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    const token = tokenIn(jar, name);
    if (!token) continue;
    try {
      const claims = await decode({ token, secret, salt: name });
      // the jwt callback in ./index.ts writes sub and sv at sign-in
      if (typeof claims?.sub !== "string" || typeof claims.sv !== "number") return null;
      return { userId: claims.sub, sessionVersion: claims.sv };
    } catch {
      // tampered, expired, or sealed with another secret: signed out
      return null;
    }
  }
  return null;
}
