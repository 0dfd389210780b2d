import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { User } from "@/db/schema";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { closeClaimChangeFeed } from "@/lib/live/claim-change-feed";
import { LIVE_STREAMS_PER_PERSON, liveStreamsOf } from "@/lib/live/streams-per-person";
import { GET } from "./route";

// the session (Auth.js) does not load outside Next; who the cookie belongs to is set per test
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => session.user,
  getEndedSession: async () => null,
}));

afterAll(() => closeClaimChangeFeed());

/** Opens a stream as `viewer`, with what it has sent so far and a way to hang up. */
async function open(viewer: User) {
  session.user = viewer;
  const hangUp = new AbortController();
  const request = new NextRequest("http://desk.test/api/live/claims?only=notifications", {
    signal: hangUp.signal,
  });
  const response = await GET(request);
  expect(response.status).toBe(200);
  // the stream keeps its request, as the server does while it answers: a request's
  // signal stops following hangUp once the Request is garbage-collected
  // (nodejs/undici#3644), and the test's hang-ups would then go unheard
  const stream = { text: "", done: false, request, hangUp: () => hangUp.abort() };
  void (async () => {
    const decoder = new TextDecoder();
    const reader = response.body!.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      stream.text += decoder.decode(value);
    }
    stream.done = true;
  })();
  return stream;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe("GET /api/live/claims", () => {
  it(`holds at most ${LIVE_STREAMS_PER_PERSON} streams a person: a newer one closes their oldest, which is told why`, async () => {
    const [reviewer, colleague] = await Promise.all([makeUser("reviewer"), makeUser("reviewer")]);
    const colleagues = await open(colleague);
    const streams = [];
    for (let i = 0; i < LIVE_STREAMS_PER_PERSON + 3; i++) streams.push(await open(reviewer));
    await settle();

    const displaced = streams.slice(0, 3);
    const kept = streams.slice(3);
    for (const stream of displaced) {
      expect(stream.text).toContain("event: displaced");
      expect(stream.done).toBe(true);
    }
    for (const stream of kept) {
      expect(stream.text).toContain(": connected");
      expect(stream.text).not.toContain("displaced");
      expect(stream.done).toBe(false);
    }
    expect(liveStreamsOf(reviewer.id)).toBe(LIVE_STREAMS_PER_PERSON);
    // someone else's streams are theirs
    expect(colleagues.done).toBe(false);
    expect(liveStreamsOf(colleague.id)).toBe(1);

    // a stream that is hung up frees its place
    kept[0]!.hangUp();
    await settle();
    expect(liveStreamsOf(reviewer.id)).toBe(LIVE_STREAMS_PER_PERSON - 1);
    for (const stream of [...kept, colleagues]) stream.hangUp();
    await settle();
    expect(liveStreamsOf(reviewer.id)).toBe(0);
    expect(liveStreamsOf(colleague.id)).toBe(0);
  });

  it("follows a claim that exists, and answers not found for one that does not", async () => {
    session.user = await makeUser("reviewer");
    const claim = await makeClaim();
    const follow = async (claimId: number) => {
      const hangUp = new AbortController();
      const response = await GET(
        new NextRequest(`http://desk.test/api/live/claims?claim=${claimId}`, {
          signal: hangUp.signal,
        }),
      );
      hangUp.abort();
      return response;
    };

    expect((await follow(claim.id)).status).toBe(200);
    const missing = await follow(claim.id + 1_000_000);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { reason: "not_found:live" } });
  });
});
