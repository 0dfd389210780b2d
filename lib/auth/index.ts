import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate, SignInRefused, type SignInFailure } from "./authenticate";
import { languageOfBrowser } from "@/lib/i18n/browser-language";
import { chooseOwnPreferences } from "@/lib/users/own-account";
import { clientAddress } from "./client-address";
import { endSession, renewableSession, SESSION_MAX_DAYS } from "./sessions";

/** Thrown to the sign-in action; `code` says why, in words safe to show. */
export class SignInError extends CredentialsSignin {
  constructor(code: SignInFailure, retryAfterSeconds?: number) {
    super();
    this.code = code === "locked" ? `locked:${retryAfterSeconds ?? 0}` : code;
  }
}

const credentialsSchema = z.object({
  email: z.string().max(320),
  password: z.string().max(1024),
});

declare module "next-auth" {
  interface Session {
    sessionVersion: number;
  }
}

// Credentials sign-in requires JWT sessions. The token carries only the user
// id, the session's id and the session version; role and active flag, and
// whether the session still counts (signed out, idle, past its absolute
// limit: ./sessions.ts), are read from the database on every request
// (lib/auth/current-user.ts), so they take effect at once. Auth.js's auth()
// is not exported: requests read the cookie through ./session-cookie.ts,
// which does the same check for a fraction of the work. The cookie may live
// as long as a session can; the server ends the session sooner when it is
// left idle.
export const { handlers, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: SESSION_MAX_DAYS * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  trustHost: true,
  events: {
    // signing out ends the session on the server, whichever way it is asked for
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sid === "string" && typeof token.sub === "string") {
        await endSession(token.sid, token.sub);
      }
    },
  },
  logger: {
    // a refused sign-in is an expected outcome (audited in authenticate), not a server error
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new SignInError("invalid");
        try {
          const { user, sessionId } = await authenticate(
            parsed.data.email,
            parsed.data.password,
            clientAddress(request.headers),
          );
          // an account starts in the language its browser asked for at its first sign-in
          if (!user.interfaceLanguage) {
            await chooseOwnPreferences(user, {
              interfaceLanguage: languageOfBrowser(request.headers),
            });
          }
          return {
            id: user.id,
            email: user.email,
            name: user.displayName,
            sessionVersion: user.sessionVersion,
            sessionId,
          };
        } catch (error) {
          if (error instanceof SignInRefused)
            throw new SignInError(error.reason, error.retryAfterSeconds);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as { sessionVersion?: number; sessionId?: string };
        token.sub = user.id;
        token.sv = signedIn.sessionVersion ?? 1;
        token.sid = signedIn.sessionId;
        return token;
      }
      // Auth.js's session endpoint re-issues the token with a later expiry:
      // only while the session still counts, so renewing cannot outlive it
      const live =
        typeof token.sid === "string" &&
        typeof token.sub === "string" &&
        (await renewableSession(token.sid, token.sub));
      return live ? token : null;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
});
