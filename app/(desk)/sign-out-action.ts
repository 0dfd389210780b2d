"use server";

import { signOut } from "@/lib/auth";
import { readSessionCookie } from "@/lib/auth/session-cookie";
import { endSession } from "@/lib/auth/sessions";

/**
 * Ends this session on the server, then clears its cookie. Auth.js's
 * sign-out event ends it too (for its own sign-out endpoint), but swallows
 * errors: ended here first, a database that cannot record it fails the
 * sign-out where the person sees it, instead of leaving a copied cookie alive.
 */
export async function signOutAction() {
  const session = await readSessionCookie();
  if (session) await endSession(session.sessionId, session.userId);
  await signOut({ redirectTo: "/login" });
}
