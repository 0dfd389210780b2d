import "server-only";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { BoundedCache } from "@/lib/bounded-cache";

/**
 * What the session cookie says: whose session it is, which session (its row
 * in `sessions`, lib/auth/sessions.ts) and which session version it was
 * issued under. Decrypted here rather than through Auth.js's
 * `auth()`, which in a server component or route handler runs the whole
 * session endpoint for each call: it decrypts the token, encrypts a renewed
 * one for a cookie that a render cannot set (nothing is set: the renewal is
 * thrown away), wraps it in a Response and parses that back. That was about a
 * quarter of the server's CPU per board page under load (issue 7). The check is the
 * same: the token must decrypt with AUTH_SECRET under the cookie's own name
 * (Auth.js's key salt) and must not have expired.
 *
 * A person sends the same cookie with every request for hours, so what a
 * token decrypts to is remembered (keyed by the token itself, which only its
 * holder knows); its expiry is checked again on every use. Whether the
 * account may still use it is not cached: the caller reads the user's row.
 */
export type SessionClaims = { userId: string; sessionId: string; sessionVersion: number };

const SECURE_COOKIE = "__Secure-authjs.session-token";
const PLAIN_COOKIE = "authjs.session-token";

/**
 * The cookie Auth.js named at sign-in, decided as it decides: by AUTH_URL's
 * scheme when set, else by the X-Forwarded-Proto that Next gives every
 * request. Only that one is read, so over https a plain-named cookie planted
 * from an http page of the same host is ignored, as Auth.js would ignore it.
 */
function sessionCookieName(forwardedProto: string | null): string {
  const configured = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  const scheme = configured ? new URL(configured).protocol : (forwardedProto ?? "https");
  return scheme.startsWith("https") ? SECURE_COOKIE : PLAIN_COOKIE;
}

// Auth.js's tolerance for clock skew when it checks a token's expiry
const CLOCK_TOLERANCE_SECONDS = 15;

type Decrypted = { claims: SessionClaims; expiresAt: number } | null;

// about 4,000 sessions of ~500 characters
const decrypted = new BoundedCache<string, Promise<Decrypted>>(2_000_000);

async function decrypt(token: string, secret: string, salt: string): Promise<Decrypted> {
  try {
    const claims = await decode({ token, secret, salt });
    // the jwt callback in ./index.ts writes sub, sid and sv at sign-in
    if (typeof claims?.sub !== "string" || typeof claims.sv !== "number") return null;
    if (typeof claims.sid !== "string" || typeof claims.exp !== "number") return null;
    return {
      claims: { userId: claims.sub, sessionId: claims.sid, sessionVersion: claims.sv },
      expiresAt: claims.exp,
    };
  } catch {
    // tampered, expired, or sealed with another secret: signed out
    return null;
  }
}

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
  const name = sessionCookieName((await headers()).get("x-forwarded-proto"));
  const token = tokenIn(await cookies(), name);
  if (!token) return null;
  const session = await decrypted.getOrCompute(`${name}=${token}`, token.length, () =>
    decrypt(token, secret, name),
  );
  const now = Date.now() / 1000;
  return session && session.expiresAt + CLOCK_TOLERANCE_SECONDS > now ? session.claims : null;
}
