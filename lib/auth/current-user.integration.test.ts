import { eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";

// the session cookie of the request being served
let sessionCookie: string | undefined;
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      name === "authjs.session-token" && sessionCookie ? { name, value: sessionCookie } : undefined,
    getAll: () => [],
  }),
  headers: async () => new Headers({ "x-forwarded-proto": "http" }),
}));

const { getCurrentUser, getEndedSession } = await import("./current-user");

const secret = "integration-secret-of-at-least-thirty-two-chars";
// as Auth.js seals it at sign-in (the jwt callback writes sub and sv)
const signIn = async (user: { id: string; sessionVersion: number }) => {
  sessionCookie = await encode({
    token: { sub: user.id, sv: user.sessionVersion },
    secret,
    salt: "authjs.session-token",
  });
};

describe("getCurrentUser", () => {
  beforeEach(() => {
    vi.stubEnv("AUTH_SECRET", secret);
    vi.stubEnv("AUTH_URL", undefined);
    sessionCookie = undefined;
  });

  it("is the signed-in user's current row, without the password hash", async () => {
    const reviewer = await makeUser("reviewer", { password: "a long enough passphrase" });
    await signIn(reviewer);
    const user = await getCurrentUser();
    expect(user).toMatchObject({ id: reviewer.id, role: "reviewer", active: true });
    expect(user).not.toHaveProperty("passwordHash");

    // a role change takes effect at the next request, with the same cookie
    await getDb().update(users).set({ role: "editor" }).where(eq(users.id, reviewer.id));
    expect(await getCurrentUser()).toMatchObject({ id: reviewer.id, role: "editor" });
  });

  it("is nobody without a cookie, for a deactivated account, or once sessions were ended", async () => {
    expect(await getCurrentUser()).toBeNull();
    expect(await getEndedSession()).toBeNull();

    const deactivated = await makeUser("editor");
    await signIn(deactivated);
    expect(await getEndedSession()).toBeNull(); // honoured: nothing ended
    await getDb().update(users).set({ active: false }).where(eq(users.id, deactivated.id));
    expect(await getCurrentUser()).toBeNull();
    // whose session it was, so that a refusal names them
    expect(await getEndedSession()).toEqual({ holderId: deactivated.id, deactivated: true });

    const ended = await makeUser("admin");
    await signIn(ended);
    expect(await getCurrentUser()).not.toBeNull();
    await getDb()
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, ended.id));
    expect(await getCurrentUser()).toBeNull();
    expect(await getEndedSession()).toEqual({ holderId: ended.id, deactivated: false });
  });
});
