import { eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { notifications, sessions, users } from "@/db/schema";
import { makeClaim } from "@/scripts/testing/make-claim";
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

const { getCurrentUser, getEndedSession, unreadCountedWithSession } =
  await import("./current-user");
const { endSession, renewableSession, startSession, SESSION_IDLE_HOURS, SESSION_MAX_DAYS } =
  await import("./sessions");

const secret = "integration-secret-of-at-least-thirty-two-chars";
// as Auth.js seals it at sign-in (the jwt callback writes sub, sid and sv)
const signIn = async (user: { id: string; sessionVersion: number }) => {
  const sessionId = await startSession(getDb(), user.id);
  sessionCookie = await encode({
    token: { sub: user.id, sid: sessionId, sv: user.sessionVersion },
    secret,
    salt: "authjs.session-token",
  });
  return sessionId;
};

/** Moves a session's start and last request back in time, as if they were that long ago. */
const age = (sessionId: string, ages: { startedHoursAgo?: number; lastSeenHoursAgo?: number }) =>
  getDb()
    .update(sessions)
    .set({
      ...(ages.startedHoursAgo !== undefined && {
        startedAt: sql`now() - make_interval(secs => ${ages.startedHoursAgo * 3600})`,
      }),
      ...(ages.lastSeenHoursAgo !== undefined && {
        lastSeenAt: sql`now() - make_interval(secs => ${ages.lastSeenHoursAgo * 3600})`,
      }),
    })
    .where(eq(sessions.id, sessionId));

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

  it("refuses a cookie copied before its session was signed out, at once", async () => {
    const reviewer = await makeUser("reviewer");
    const sessionId = await signIn(reviewer);
    const copied = sessionCookie;
    expect(await getCurrentUser()).toMatchObject({ id: reviewer.id });

    await endSession(sessionId, reviewer.id); // what signing out does
    sessionCookie = copied;
    expect(await getCurrentUser()).toBeNull();
    expect(await getEndedSession()).toEqual({ holderId: reviewer.id, deactivated: false });
    // the account's other sessions carry on
    await signIn(reviewer);
    expect(await getCurrentUser()).toMatchObject({ id: reviewer.id });
  });

  it("ends a session left idle, and an active one at its absolute limit, however often renewed", async () => {
    const reviewer = await makeUser("reviewer");
    const idle = await signIn(reviewer);
    await age(idle, { lastSeenHoursAgo: SESSION_IDLE_HOURS - 1 });
    expect(await getCurrentUser()).toMatchObject({ id: reviewer.id });
    // that request counted as use: the idle clock starts again
    const [touched] = await getDb().select().from(sessions).where(eq(sessions.id, idle));
    expect(Date.now() - touched!.lastSeenAt.getTime()).toBeLessThan(60_000);
    await age(idle, { lastSeenHoursAgo: SESSION_IDLE_HOURS + 0.1 });
    expect(await getCurrentUser()).toBeNull();
    expect(await renewableSession(idle, reviewer.id)).toBe(false);

    // in use a minute ago, but signed in longer ago than the absolute limit
    const busy = await signIn(reviewer);
    await age(busy, { startedHoursAgo: SESSION_MAX_DAYS * 24 - 1, lastSeenHoursAgo: 0 });
    expect(await getCurrentUser()).toMatchObject({ id: reviewer.id });
    expect(await renewableSession(busy, reviewer.id)).toBe(true);
    await age(busy, { startedHoursAgo: SESSION_MAX_DAYS * 24 + 0.1 });
    // Auth.js's session endpoint asks before renewing the cookie: no renewal past the limit
    expect(await renewableSession(busy, reviewer.id)).toBe(false);
    expect(await getCurrentUser()).toBeNull();
  });

  it("refuses a cookie naming another account's session", async () => {
    const owner = await makeUser("reviewer");
    const intruder = await makeUser("admin");
    const ownersSession = await startSession(getDb(), owner.id);
    sessionCookie = await encode({
      token: { sub: intruder.id, sid: ownersSession, sv: intruder.sessionVersion },
      secret,
      salt: "authjs.session-token",
    });
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("the bell's count, read with the session", () => {
  beforeEach(() => {
    vi.stubEnv("AUTH_SECRET", secret);
    vi.stubEnv("AUTH_URL", undefined);
    sessionCookie = undefined;
  });

  it("counts the signed-in person's unread notifications, and says nothing of anyone else's", async () => {
    const reviewer = await makeUser("reviewer");
    const colleague = await makeUser("reviewer");
    const claim = await makeClaim();
    const note = (recipientId: string, readAt: Date | null) => ({
      recipientId,
      kind: "watched_comment" as const,
      claimId: claim.id,
      readAt,
    });
    await getDb()
      .insert(notifications)
      .values([
        note(reviewer.id, null),
        note(reviewer.id, null),
        note(reviewer.id, new Date()),
        note(colleague.id, null),
      ]);

    expect(await unreadCountedWithSession(reviewer.id)).toBeNull(); // signed out
    await signIn(reviewer);
    expect(await unreadCountedWithSession(reviewer.id)).toBe(2);
    expect(await unreadCountedWithSession(colleague.id)).toBeNull();

    // a session that no longer counts carries no count either
    await getDb().update(users).set({ active: false }).where(eq(users.id, reviewer.id));
    expect(await unreadCountedWithSession(reviewer.id)).toBeNull();
  });
});
