/**
 * Evidence checks through the real job queue: a source added is captured by
 * a worker (once, however many workers run), a check that crashes is
 * retried with backoff and shown on the admin's Jobs page, the daily
 * re-check queues the sources that are due and finds the drift, "Check
 * now" queues a check and is paced, and what drift flags reaches the board's
 * "evidence changed" filter and the editors' dashboard with the quote's
 * paragraph before and after. Loopback pages are let through by the tests'
 * setting, read when the desk's modules load, so it is set first.
 */
import { eq, sql } from "drizzle-orm";
import { run, type Runner } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

process.env.UNSAFE_FETCH_LOOPBACK_FOR_TESTS = "1";

const { getDb } = await import("@/db");
const { evidence, evidenceSnapshots } = await import("@/db/schema");
const { JOB_QUEUE_SCHEMA, quietJobQueueLogger } = await import("@/db/job-queue-schema");
const { deskTaskList } = await import("@/lib/jobs/tasks");
const { listJobProblems } = await import("@/lib/jobs/problems");
const { deskFetchPolicy } = await import("@/lib/web/fetch-policy");
const { readWebPage } = await import("@/lib/web/read-web-page");
const { setWatching } = await import("@/lib/notifications/watch");
const { setVerdict } = await import("@/lib/verdicts/decide");
const { listClaimCards } = await import("@/lib/claims/board");
const { defaultBoardFilter } = await import("@/lib/claims/board-query");
const { RuleViolation } = await import("@/lib/errors");
const { ForbiddenError } = await import("@/lib/auth/authorization");

const { retractEvidence } = await import("./retract");
const { listClaimEvidence } = await import("./list");
const { captureLine } = await import("./snapshot-words");
const { englishPhrases } = await import("@/scripts/testing/in-english");
const { queueDueEvidenceChecks } = await import("./recheck");
const { requestEvidenceCheck, CHECK_REQUESTS_PER_MINUTE } = await import("./check-request");
const { listVerdictsOnChangedEvidence } = await import("./changed-verdicts");
const { makeClaimWithSource } = await import("@/scripts/testing/make-source");
const { makeUser } = await import("@/scripts/testing/make-user");
const { startWebFixtures } = await import("@/scripts/testing/web-fixtures");
const { quoteBeforeEdit } = await import("@/scripts/testing/web-fixture-pages");

type User = Awaited<ReturnType<typeof makeUser>>;
let fixtures: Awaited<ReturnType<typeof startWebFixtures>>;
let reviewer: User;
let editor: User;
let admin: User;
const runners: Runner[] = [];

const policy = deskFetchPolicy({ timeoutMs: 2_000 });
/** The desk's reader, except that pages under /crash/ make the check itself throw. */
const readPage = (address: string) => {
  if (new URL(address).pathname.startsWith("/crash/")) {
    return Promise.reject(new Error("The extractor fell over"));
  }
  return readWebPage(address, policy);
};

async function startWorker() {
  const runner = await run({
    connectionString: process.env.DATABASE_URL,
    schema: JOB_QUEUE_SCHEMA,
    taskList: deskTaskList({ readPage }),
    concurrency: 2,
    pollInterval: 200,
    noHandleSignals: true,
    logger: quietJobQueueLogger,
  });
  runners.push(runner);
}

let tagCount = 0;
const tag = () => `${Date.now().toString(16)}${(tagCount += 1)}`;

beforeAll(async () => {
  fixtures = await startWebFixtures();
  [reviewer, editor, admin] = await Promise.all([
    makeUser("reviewer"),
    makeUser("editor"),
    makeUser("admin"),
  ]);
  // two instances on one database, as a desk with two app processes runs
  await startWorker();
  await startWorker();
});

afterAll(async () => {
  await Promise.all(runners.map((runner) => runner.stop()));
  await fixtures.close();
});

const addSource = (path: string) =>
  makeClaimWithSource(reviewer, `${fixtures.origin}${path}`, quoteBeforeEdit);

const cardItem = async (claimId: number, evidenceId: number) =>
  (await listClaimEvidence(reviewer, claimId)).find((item) => item.id === evidenceId)!;

const snapshotCount = async (evidenceId: number) =>
  (
    await getDb()
      .select({ id: evidenceSnapshots.id })
      .from(evidenceSnapshots)
      .where(eq(evidenceSnapshots.evidenceId, evidenceId))
  ).length;

describe("the queue's evidence checks", () => {
  it("capture a source added, once, however many workers run", async () => {
    const path = `/article/${tag()}`;
    const { claimId, evidenceId } = await addSource(path);
    await expect
      .poll(
        async () => englishPhrases(captureLine((await cardItem(claimId, evidenceId)).snapshot))[1],
        {
          timeout: 20_000,
        },
      )
      .toBe("quote found");
    expect((await cardItem(claimId, evidenceId)).checkQueued).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fixtures.hits(path)).toBe(1);
    expect(await snapshotCount(evidenceId)).toBe(1);
  });

  it("retry a check that crashes, with backoff, and show it on the Jobs page", async () => {
    const { claimId, evidenceId } = await addSource(`/crash/${tag()}`);
    const problem = async () =>
      (await listJobProblems(admin)).find(
        (job) =>
          job.task === "evidence-check" &&
          job.attempts > 0 &&
          job.lastError.includes("The extractor fell over"),
      );
    await expect.poll(problem, { timeout: 20_000 }).toBeDefined();
    const first = (await problem())!;
    expect(first).toMatchObject({ gaveUp: false, maxAttempts: 5 });
    // the next attempt waits (graphile-worker's exponential backoff), then runs again
    expect(first.runAt.getTime()).toBeGreaterThan(first.updatedAt.getTime() + 1_000);
    await expect.poll(async () => (await problem())?.attempts, { timeout: 20_000 }).toBe(2);
    // once the worker lets go of the failed attempt, the card says it is waiting, and
    // records no snapshot for the desk's own fault
    await expect
      .poll(async () => (await cardItem(claimId, evidenceId)).checkQueued, { timeout: 10_000 })
      .toBe(true);
    const item = await cardItem(claimId, evidenceId);
    expect(item).toMatchObject({ snapshot: null, checkQueued: true });
    expect(englishPhrases(captureLine(item.snapshot))).toEqual(["waiting to be captured"]);
  });
});

describe("the daily re-check", () => {
  it("queues the sources due, finds the drift, and flags it on the board and the dashboard", async () => {
    const t = tag();
    const { claimId, evidenceId } = await addSource(`/changing/${t}`);
    const watcher = await makeUser("reviewer");
    await setWatching(watcher, claimId, true);
    await expect
      .poll(async () => (await cardItem(claimId, evidenceId)).snapshot?.quoteFound, {
        timeout: 20_000,
      })
      .toBe(true);
    await setVerdict(editor, { claimId, verdict: "verified", rationale: "The document says so." });
    const fresh = await addSource(`/article/${tag()}`);
    await expect.poll(() => snapshotCount(fresh.evidenceId), { timeout: 20_000 }).toBe(1);

    // not due yet: nothing is queued for either
    expect(await queueDueEvidenceChecks({ days: 7 })).toBe(0);
    // a week on, the changing page is due; the fresh one is not
    await getDb()
      .update(evidence)
      .set({ checkedAt: sql`now() - interval '7 days'` })
      .where(eq(evidence.id, evidenceId));
    expect(await queueDueEvidenceChecks({ days: 7 })).toBe(1);

    await expect
      .poll(async () => (await cardItem(claimId, evidenceId)).flag, { timeout: 20_000 })
      .toBe("quote_lost");
    const item = await cardItem(claimId, evidenceId);
    expect(englishPhrases(captureLine(item.snapshot))[1]).toBe("quote not on the page");
    expect(await snapshotCount(evidenceId)).toBe(2);
    expect(await snapshotCount(fresh.evidenceId)).toBe(1);

    const board = await listClaimCards(reviewer, { ...defaultBoardFilter, evidenceChanged: true });
    const ids = board.cards.map((card) => card.id);
    expect(ids).toContain(claimId);
    expect(ids).not.toContain(fresh.claimId);
    expect(board.cards.find((card) => card.id === claimId)!.evidenceChanged).toBe(true);

    await expect(listVerdictsOnChangedEvidence(reviewer)).rejects.toBeInstanceOf(ForbiddenError);
    const listed = (await listVerdictsOnChangedEvidence(editor)).find(
      (entry) => entry.evidenceId === evidenceId,
    );
    expect(listed).toMatchObject({ claimId, verdict: "verified", flag: "quote_lost" });
    expect(listed!.change!.before).toContain(quoteBeforeEdit);
    expect(listed!.change!.after).toContain("12 متدربا");
    const removed = listed!.change!.diff!.filter((part) => part.change === "removed");
    const added = listed!.change!.diff!.filter((part) => part.change === "added");
    expect(removed.map((part) => part.text).join(" ")).toMatch(/22.*الصين/);
    expect(added.map((part) => part.text).join(" ")).toMatch(/12.*روسيا/);
  });
});

describe("Check now", () => {
  it("queues a check the worker runs, and is paced per person", async () => {
    const { claimId, evidenceId } = await addSource(`/vanishing/${tag()}`);
    await expect.poll(() => snapshotCount(evidenceId), { timeout: 20_000 }).toBe(1);
    const asker = await makeUser("reviewer");
    await requestEvidenceCheck(asker, evidenceId);
    await expect
      .poll(async () => (await cardItem(claimId, evidenceId)).flag, { timeout: 20_000 })
      .toBe("page_gone");
    expect(englishPhrases(captureLine((await cardItem(claimId, evidenceId)).snapshot))[1]).toBe(
      "page could not be fetched: 404",
    );

    for (let asked = 1; asked < CHECK_REQUESTS_PER_MINUTE; asked += 1) {
      await requestEvidenceCheck(asker, evidenceId);
    }
    await expect(requestEvidenceCheck(asker, evidenceId)).rejects.toBeInstanceOf(RuleViolation);
  });

  it("is refused on a retracted source", async () => {
    const { evidenceId } = await addSource(`/article/${tag()}`);
    await retractEvidence(reviewer, { evidenceId, version: 1, reason: "Wrong page." });
    await expect(requestEvidenceCheck(reviewer, evidenceId)).rejects.toBeInstanceOf(RuleViolation);
  });
});
