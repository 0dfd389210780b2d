import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { auditEvents } from "@/db/schema";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";

// nobody is signed in; the address each request comes from is set per test
const caller = vi.hoisted(() => ({ address: "unknown" }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => null,
  getEndedSession: async () => null,
}));
vi.mock("@/lib/auth/client-address", () => ({
  currentClientAddress: async () => caller.address,
}));

const { POST } = await import("@/app/api/admin/audit/verify/route");
const { anonymousRefusalsRecorded } = await import("./anonymous-refusals");
const ANONYMOUS_REFUSALS_RECORDED = anonymousRefusalsRecorded();
const { rateClaim } = await import("@/lib/ratings/rate");
const { ratingSchema } = await import("@/lib/ratings/rating-fields");

const post = () =>
  POST(new NextRequest("http://desk.test/api/admin/audit/verify", { method: "POST", body: "{}" }));

/** Every event the flood from `address` left: its refusals and the counted rows. */
const eventsFrom = (address: string) =>
  getDb()
    .select({ action: auditEvents.action, after: auditEvents.after })
    .from(auditEvents)
    .where(
      sql`(${auditEvents.action} = 'authz.refused' and ${auditEvents.after}->>'ip' = ${address})
        or (${auditEvents.action} = 'authz.refusals_counted' and ${auditEvents.entityId} = ${address})`,
    );

/** Sends `count` requests, `parallel` at a time, calling `halfway` once half are sent. */
async function flood(count: number, parallel: number, halfway: () => Promise<void>) {
  const statuses: number[] = [];
  let sent = 0;
  let halfwayDone: Promise<void> | undefined;
  const sender = async () => {
    while (sent < count) {
      sent += 1;
      if (sent === count / 2) halfwayDone = halfway();
      statuses.push((await post()).status);
    }
  };
  await Promise.all(Array.from({ length: parallel }, sender));
  await halfwayDone;
  return statuses;
}

describe("anonymous refusals", () => {
  it("2,000 anonymous POSTs from one address grow the trail by a bounded amount, and a rating meanwhile commits in normal time", async () => {
    const reviewer = await makeUser("reviewer");
    const claim = await makeClaim();
    caller.address = `flood-${randomBytes(4).toString("hex")}`;

    let ratingMs = Infinity;
    const statuses = await flood(2_000, 20, async () => {
      const started = performance.now();
      await rateClaim(
        reviewer,
        ratingSchema.parse({ claimId: claim.id, reliability: "B", credibility: 2 }),
      );
      ratingMs = performance.now() - started;
    });

    expect(statuses.filter((status) => status === 401)).toHaveLength(2_000);
    const events = await eventsFrom(caller.address);
    // the first ones one by one, then one row saying the rest are counted (twice if a window turned)
    expect(events.length).toBeLessThanOrEqual(2 * (ANONYMOUS_REFUSALS_RECORDED + 1));
    expect(
      events.filter((event) => event.action === "authz.refused").length,
    ).toBeGreaterThanOrEqual(ANONYMOUS_REFUSALS_RECORDED);
    expect(events.some((event) => event.action === "authz.refusals_counted")).toBe(true);
    expect(ratingMs).toBeLessThan(2_000);
    const ratingEvents = await getDb().$count(
      auditEvents,
      and(eq(auditEvents.action, "rating.create"), eq(auditEvents.entityId, String(claim.id))),
    );
    expect(ratingEvents).toBe(1);
  });

  it("another address keeps its own allowance, and a closed window's total is written when its address comes back", async () => {
    const flooder = `flood-${randomBytes(4).toString("hex")}`;
    caller.address = flooder;
    for (let i = 0; i < ANONYMOUS_REFUSALS_RECORDED + 5; i++) await post();

    caller.address = `other-${randomBytes(4).toString("hex")}`;
    await post();
    expect(await eventsFrom(caller.address)).toMatchObject([
      { action: "authz.refused", after: { reason: "not signed in", ip: caller.address } },
    ]);

    // the flooder's window ends: its next refusal starts a new one and writes the old one's total
    await getDb().execute(
      sql`update rate_limit_windows set window_start = window_start - interval '1 hour'
           where bucket = 'anonymous_refusal' and subject = ${flooder}`,
    );
    caller.address = flooder;
    await post();
    const counted = (await eventsFrom(flooder)).filter(
      (event) => event.action === "authz.refusals_counted",
    );
    expect(counted.map((event) => (event.after as { refusals: unknown }).refusals)).toEqual([
      "counted from here on",
      ANONYMOUS_REFUSALS_RECORDED + 5,
    ]);
  });
});
