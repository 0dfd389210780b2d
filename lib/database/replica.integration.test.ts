/**
 * Two embedded clusters joined by logical replication (a publication of the desk's
 * tables on the primary, a subscription on the replica): the board reads from
 * the replica; a person who just rated reads their own rating from the
 * primary until the replica has replayed it, on an instance that saw nothing
 * of the write; a replica lagging past REPLICA_MAX_LAG_SECONDS is left for the
 * primary and the health check says so; and with the replica stopped the desk
 * keeps serving from the primary.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import { closeReplica, readReplicaState, type ReplicaState } from "@/db/replica";
import type { User } from "@/db/schema";
import { listClaimCards } from "@/lib/claims/board";
import { defaultBoardFilter } from "@/lib/claims/board-query";
import { readDatabaseHealth } from "@/lib/database/health";
import { rateClaim } from "@/lib/ratings/rate";
import { ensureAppLogin } from "@/scripts/lib/app-login";
import { startEmbeddedPostgres, type EmbeddedCluster } from "@/scripts/lib/embedded-postgres";
import { ensureDatabase } from "@/scripts/lib/ensure-database";
import {
  subscribeReplica,
  unsubscribeReplica,
  untilReplica,
  withClient,
} from "@/scripts/lib/logical-replica";
import { makeClaim, makeReport } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";

const DATABASE = "desk";
const dataDir = path.resolve(".data", `replica-test-${randomBytes(4).toString("hex")}`);
let primary: EmbeddedCluster;
let replica: EmbeddedCluster;
let replicaStopped = false;

async function startCluster(name: string, settings: Record<string, string> = {}) {
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir, name), settings });
  await ensureDatabase(cluster.url(), DATABASE);
  await migrateDatabase(cluster.url(DATABASE));
  const appUrl = await ensureAppLogin(cluster.url(DATABASE), path.join(dataDir, `${name}.secret`));
  return { cluster, appUrl };
}

beforeAll(async () => {
  const [p, r] = await Promise.all([
    startCluster("primary", { wal_level: "logical" }),
    startCluster("replica"),
  ]);
  primary = p.cluster;
  replica = r.cluster;
  // the replica's schema is its own migrations'; the subscription copies the rows
  await subscribeReplica(primary.url(DATABASE), replica.url(DATABASE));
  process.env.DATABASE_URL = p.appUrl;
  process.env.DATABASE_REPLICA_URL = r.appUrl;
}, 180_000);

afterAll(async () => {
  delete process.env.REPLICA_MAX_LAG_SECONDS;
  await closeReplica();
  if (replica && !replicaStopped) {
    await unsubscribeReplica(replica.url(DATABASE)).catch(() => {});
    await replica.stop();
  }
  await primary?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

/**
 * Holds the replica's replay of every write (each commits an audit event) by
 * taking a lock that inserts wait for and reads do not, until `release`.
 */
async function holdReplay(): Promise<{ release: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: replica.url(DATABASE) });
  await client.connect();
  await client.query("begin");
  await client.query("lock table audit_events in share mode");
  return {
    release: async () => {
      await client.query("rollback");
      await client.end();
    },
  };
}

/** Checks the replica until its state is `wanted` (its lag is measured, not set). */
async function untilState(wanted: ReplicaState["replica"], timeoutMs = 30_000) {
  let state: ReplicaState = { replica: "off" };
  for (let waited = 0; waited < timeoutMs; waited += 250) {
    state = await readReplicaState({ fresh: true });
    if (state.replica === wanted) return state;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the replica stayed ${JSON.stringify(state)}, not ${wanted}`);
}

describe("reads from a replica", () => {
  let reader: User;
  let rater: User;
  let bystander: User;
  let reportId: number;
  let claimId: number;
  const statement = `Replicated claim ${randomBytes(3).toString("hex")}`;
  const ONLY_ON_REPLICA = "A claim only the replica has";
  const statementsOn = async (actor: User) =>
    (await boardOf(actor)).cards.map((card) => card.statement).sort();
  const boardOf = (actor: User) =>
    listClaimCards(actor, { ...defaultBoardFilter, reportId, needsMyRating: true });

  beforeAll(async () => {
    [reader, rater, bystander] = await Promise.all([
      makeUser("reviewer"),
      makeUser("reviewer"),
      makeUser("reviewer"),
    ]);
    reportId = await makeReport();
    claimId = (await makeClaim({ reportId, statement })).id;
    await untilReplica(replica.url(DATABASE), "select 1 from claims where statement = $1", [
      statement,
    ]);
    // a claim only the replica has: whoever sees it read from the replica
    await withClient(replica.url(DATABASE), (client) =>
      client.query(
        `insert into claims (id, report_id, statement, quote, quote_language, anchor_exact) overriding system value
         values (1000000, $1, $2, 'q', 'en', 'q')`,
        [reportId, ONLY_ON_REPLICA],
      ),
    );
  }, 90_000);

  it("reads the board from the replica while it is up and current", async () => {
    expect(await readReplicaState({ fresh: true })).toMatchObject({ replica: "up" });
    expect(await statementsOn(reader)).toEqual([ONLY_ON_REPLICA, statement].sort());
    expect(await readDatabaseHealth()).toMatchObject({
      status: "ok",
      replica: { replica: "up", reads: "replica" },
    });
  });

  it("shows a person their own rating at once on any instance, from the primary until the replica has it", async () => {
    // a replay held back is not lag here: only the write itself keeps the rater off the replica
    process.env.REPLICA_MAX_LAG_SECONDS = "3600";
    const held = await holdReplay();
    try {
      await rateClaim(rater, { claimId, reliability: "B", credibility: 2, note: "" });
      // another instance: none of this one's memory (pools, states, writes seen) survives
      await closeReplica();
      expect(await readReplicaState({ fresh: true })).toMatchObject({ replica: "up" });
      // the replica would offer both claims (the rating not replayed, the
      // replica's own claim unrated); the primary has the rating and no such claim
      expect(await statementsOn(rater)).toEqual([]);
      // someone who did not write still reads the replica
      expect(await statementsOn(reader)).toEqual([ONLY_ON_REPLICA, statement].sort());
    } finally {
      await held.release();
    }
    await untilReplica(
      replica.url(DATABASE),
      "select 1 from ratings where claim_id = $1 and reviewer_id = $2",
      [claimId, rater.id],
    );
    // replayed: the rater is back on the replica, which has their rating and its own claim
    expect(await statementsOn(rater)).toEqual([ONLY_ON_REPLICA]);
  }, 60_000);

  it("sends reads to the primary while the replica lags past REPLICA_MAX_LAG_SECONDS, and the health check says so", async () => {
    process.env.REPLICA_MAX_LAG_SECONDS = "1";
    const held = await holdReplay();
    try {
      await rateClaim(reader, { claimId, reliability: "C", credibility: 3, note: "" });
      const lagging = await untilState("lagging");
      expect(lagging).toMatchObject({ maxLagSeconds: 1 });
      // the bystander wrote nothing: only the lag keeps them off the replica
      expect(await statementsOn(bystander)).toEqual([statement]);
      expect(await readDatabaseHealth()).toMatchObject({
        status: "ok",
        replica: { replica: "lagging", reads: "primary" },
      });
    } finally {
      await held.release();
    }
    await untilState("up");
    expect(await statementsOn(bystander)).toEqual([ONLY_ON_REPLICA, statement].sort());
    delete process.env.REPLICA_MAX_LAG_SECONDS;
  }, 60_000);

  it("keeps serving from the primary when the replica is stopped", async () => {
    await replica.stop();
    replicaStopped = true;
    expect(await readReplicaState({ fresh: true })).toEqual({ replica: "down" });
    expect(await statementsOn(bystander)).toEqual([statement]);
    const health = await readDatabaseHealth();
    expect(health).toMatchObject({ status: "ok", replica: { replica: "down", reads: "primary" } });
  }, 30_000);
});
