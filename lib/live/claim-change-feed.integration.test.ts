import { createServer } from "node:net";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { withOwnerClient } from "@/scripts/testing/owner-client";
import {
  announceClaimChange,
  CLAIM_CHANGES_CHANNEL,
  type ClaimChange,
} from "@/lib/review/announce";
import {
  closeClaimChangeFeed,
  FEED_APPLICATION_NAME,
  parseClaimChange,
  subscribeToClaimChanges,
  waitForClaimChangeFeed,
  type ClaimFeedEvent,
} from "./claim-change-feed";

const LIVE_DEADLINE_MS = 2_000;

/** Subscribes and keeps every event, with when it arrived. */
function record() {
  const events: { event: ClaimFeedEvent; at: number }[] = [];
  const unsubscribe = subscribeToClaimChanges((event) => events.push({ event, at: Date.now() }));
  unsubscribers.push(unsubscribe);
  const changes = () =>
    events.flatMap(({ event }) => (event.type === "change" ? [event.change] : []));
  const resyncs = () => events.filter(({ event }) => event.type === "resync").length;
  return { events, changes, resyncs, unsubscribe };
}

const unsubscribers: (() => void)[] = [];
afterEach(() => {
  unsubscribers.splice(0).forEach((unsubscribe) => unsubscribe());
});
afterAll(() => closeClaimChangeFeed());

async function waitFor(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function commitChange(change: ClaimChange) {
  await getDb().transaction((tx) => announceClaimChange(tx, change));
}

/** The feed's connections to this test file's database, as the server sees them. */
function feedBackends() {
  return withOwnerClient(async (owner) => {
    const { rows } = await owner.query<{ pid: number }>(
      "select pid from pg_stat_activity where datname = current_database() and application_name = $1",
      [FEED_APPLICATION_NAME],
    );
    return rows.map((row) => row.pid);
  });
}

/** A local port nothing listens on. */
function unusedPort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

let nextClaimId = 1_000;
const someChange = (kind: ClaimChange["kind"] = "rating"): ClaimChange => ({
  claimId: (nextClaimId += 1),
  kind,
  actorId: null,
});

describe("the claim-change feed", () => {
  it("delivers a committed change within two seconds", async () => {
    const subscriber = record();
    expect(await waitForClaimChangeFeed(5_000)).toBe(true);

    const change = someChange("comment");
    const committedFrom = Date.now();
    await commitChange(change);
    await waitFor(() => subscriber.changes().length > 0, LIVE_DEADLINE_MS);

    expect(subscriber.changes()).toEqual([change]);
    const latency = subscriber.events[0]!.at - committedFrom;
    console.info(`[test] commit to subscriber: ${latency} ms`);
    expect(latency).toBeLessThan(LIVE_DEADLINE_MS);
  });

  it("says nothing about a transaction that rolled back", async () => {
    const subscriber = record();
    await waitForClaimChangeFeed(5_000);

    const rolledBack = someChange();
    await expect(
      getDb().transaction(async (tx) => {
        await announceClaimChange(tx, rolledBack);
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    // a later commit arrives, so the rolled-back one had its chance to arrive first
    const committed = someChange();
    await commitChange(committed);
    await waitFor(() => subscriber.changes().length > 0, LIVE_DEADLINE_MS);
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(subscriber.changes()).toEqual([committed]);
  });

  it("serves every subscriber of the process from one connection", async () => {
    const first = record();
    const second = record();
    await waitForClaimChangeFeed(5_000);

    const change = someChange("evidence");
    await commitChange(change);
    await waitFor(
      () => first.changes().length > 0 && second.changes().length > 0,
      LIVE_DEADLINE_MS,
    );

    expect(first.changes()).toEqual([change]);
    expect(second.changes()).toEqual([change]);
    expect(await feedBackends()).toHaveLength(1);
  });

  it("ignores payloads that are not claim changes and keeps going", async () => {
    const subscriber = record();
    await waitForClaimChangeFeed(5_000);

    await withOwnerClient(async (owner) => {
      for (const junk of ["not json", "{}", '{"claimId":"7","kind":"rating"}', '{"claimId":-1}']) {
        await owner.query("select pg_notify($1, $2)", [CLAIM_CHANGES_CHANNEL, junk]);
      }
    });
    const change = someChange("verdict");
    await commitChange(change);
    await waitFor(() => subscriber.changes().length > 0, LIVE_DEADLINE_MS);

    expect(subscriber.changes()).toEqual([change]);
  });

  it("stops calling a subscriber that unsubscribed, and survives one that throws", async () => {
    const leaving = record();
    subscribeToClaimChanges(() => {
      throw new Error("a broken subscriber");
    });
    const staying = record();
    await waitForClaimChangeFeed(5_000);
    leaving.unsubscribe();

    const change = someChange();
    await commitChange(change);
    await waitFor(() => staying.changes().length > 0, LIVE_DEADLINE_MS);

    expect(staying.changes()).toEqual([change]);
    expect(leaving.changes()).toEqual([]);
    await closeClaimChangeFeed(); // drops the broken subscriber too
  });

  it("reconnects after its backend is terminated, tells subscribers to resync, and delivers again", async () => {
    const first = record();
    const second = record();
    await waitForClaimChangeFeed(5_000);
    const [before] = await feedBackends();
    expect(before).toBeDefined();

    await withOwnerClient((owner) => owner.query("select pg_terminate_backend($1)", [before]));
    await waitFor(() => first.resyncs() > 0 && second.resyncs() > 0, 10_000);
    const after = await feedBackends();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);

    const change = someChange("relation");
    const committedFrom = Date.now();
    await commitChange(change);
    await waitFor(() => first.changes().length > 0, LIVE_DEADLINE_MS);
    console.info(
      `[test] after reconnecting, commit to subscriber: ${Date.now() - committedFrom} ms`,
    );

    expect(first.changes()).toEqual([change]);
    expect(first.resyncs()).toBe(1);
    expect(first.events.map(({ event }) => event.type)).toEqual(["resync", "change"]);
  });

  it("keeps retrying while the database is unreachable and resyncs once it answers", async () => {
    await closeClaimChangeFeed();
    const databaseUrl = process.env.DATABASE_URL!;
    const unreachable = new URL(databaseUrl);
    unreachable.port = String(await unusedPort());
    process.env.DATABASE_URL = unreachable.toString();
    try {
      const subscriber = record();
      expect(await waitForClaimChangeFeed(1_500)).toBe(false); // several refused attempts, no crash
      process.env.DATABASE_URL = databaseUrl;
      await waitFor(() => subscriber.resyncs() === 1, 10_000);

      const change = someChange();
      await commitChange(change);
      await waitFor(() => subscriber.changes().length > 0, LIVE_DEADLINE_MS);
      expect(subscriber.events.map(({ event }) => event.type)).toEqual(["resync", "change"]);
    } finally {
      process.env.DATABASE_URL = databaseUrl;
    }
  });

  it("closes its connection a few seconds after the last subscriber leaves", async () => {
    const subscriber = record();
    await waitForClaimChangeFeed(5_000);
    expect(await feedBackends()).toHaveLength(1);

    subscriber.unsubscribe();
    const deadline = Date.now() + 10_000;
    while ((await feedBackends()).length > 0) {
      if (Date.now() > deadline) throw new Error("the feed kept its connection open");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    // and opens a new one for the next subscriber, without a resync: nothing was missed
    const next = record();
    await waitForClaimChangeFeed(5_000);
    const change = someChange();
    await commitChange(change);
    await waitFor(() => next.changes().length > 0, LIVE_DEADLINE_MS);
    expect(next.events.map(({ event }) => event.type)).toEqual(["change"]);
  });
});

describe("parseClaimChange", () => {
  it("reads a change and treats a kind it does not know as a claim change", () => {
    expect(parseClaimChange('{"claimId":3,"kind":"rating","actorId":"u-1"}')).toEqual({
      claimId: 3,
      kind: "rating",
      actorId: "u-1",
    });
    expect(parseClaimChange('{"claimId":3,"kind":"reaction"}')).toEqual({
      claimId: 3,
      kind: "claim",
      actorId: null,
    });
  });

  it("refuses anything without a positive whole claim id", () => {
    for (const junk of [undefined, "", "null", "[]", '{"claimId":1.5}', '{"claimId":"3"}']) {
      expect(parseClaimChange(junk)).toBeNull();
    }
  });
});
