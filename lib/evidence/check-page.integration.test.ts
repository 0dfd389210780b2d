/**
 * Checking evidence pages against the fixture web server on loopback: what a
 * capture records, when a re-check records a new snapshot, and when the
 * desk flags a source and tells the claim's watchers. The checks are run
 * directly here (the queue's part is in check-queue.integration.test.ts).
 * Evidence may link to loopback pages only under the tests' setting, read
 * when the desk's modules load, so it is set first and they are imported after.
 */
import { createHash } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

process.env.UNSAFE_FETCH_LOOPBACK_FOR_TESTS = "1";

const { getDb } = await import("@/db");
const { auditEvents, evidence, evidenceSnapshots, notifications } = await import("@/db/schema");
const { JOB_QUEUE_SCHEMA } = await import("@/db/job-queue-schema");
const { deskFetchPolicy } = await import("@/lib/web/fetch-policy");
const { readWebPage } = await import("@/lib/web/read-web-page");
const { setWatching } = await import("@/lib/notifications/watch");
const { listClaimEvidence } = await import("./list");

const { retractEvidence } = await import("./retract");
const { checkEvidencePage } = await import("./check-page");
const { captureLine } = await import("./snapshot-words");
const { englishPhrases } = await import("@/scripts/testing/in-english");
const { makeClaimWithSource } = await import("@/scripts/testing/make-source");
const { makeUser } = await import("@/scripts/testing/make-user");
const { startWebFixtures } = await import("@/scripts/testing/web-fixtures");
const { arabicParagraphs, editedParagraph, quoteBeforeEdit, taggedParagraph } =
  await import("@/scripts/testing/web-fixture-pages");

type User = Awaited<ReturnType<typeof makeUser>>;
let fixtures: Awaited<ReturnType<typeof startWebFixtures>>;
let reviewer: User;
let watcher: User;

// a short deadline, so that the page that never finishes is given up on quickly
const policy = deskFetchPolicy({ timeoutMs: 1_500 });
const read = (address: string) => readWebPage(address, policy);
let tagCount = 0;
const tag = () => `${Date.now().toString(16)}${(tagCount += 1)}`;

beforeAll(async () => {
  fixtures = await startWebFixtures();
  [reviewer, watcher] = await Promise.all([makeUser("reviewer"), makeUser("reviewer")]);
});
afterAll(() => fixtures.close());

async function addSource(path: string, quote: string | null = quoteBeforeEdit) {
  const added = await makeClaimWithSource(reviewer, `${fixtures.origin}${path}`, quote);
  await setWatching(watcher, added.claimId, true);
  return added;
}

const snapshotsOf = (evidenceId: number) =>
  getDb()
    .select()
    .from(evidenceSnapshots)
    .where(eq(evidenceSnapshots.evidenceId, evidenceId))
    .orderBy(asc(evidenceSnapshots.id));

const sourceRow = async (evidenceId: number) =>
  (await getDb().select().from(evidence).where(eq(evidence.id, evidenceId)))[0]!;

const eventsOf = (claimId: number, evidenceId: number) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(
      sql`(${auditEvents.entityType} = 'claim' and ${auditEvents.entityId} = ${String(claimId)}
        and ${auditEvents.action} like 'evidence.check%')
        or (${auditEvents.entityType} = 'evidence' and ${auditEvents.entityId} = ${String(evidenceId)})`,
    )
    .orderBy(asc(auditEvents.id));

const toldOfChanges = (claimId: number) =>
  getDb()
    .select()
    .from(notifications)
    .where(
      and(eq(notifications.claimId, claimId), eq(notifications.kind, "watched_evidence_changed")),
    );

async function cardLine(claimId: number, evidenceId: number) {
  const items = await listClaimEvidence(reviewer, claimId);
  return englishPhrases(captureLine(items.find((item) => item.id === evidenceId)!.snapshot));
}

describe("the capture made when evidence is added", () => {
  it("is queued by the addition's own transaction", async () => {
    const { evidenceId } = await addSource(`/article/${tag()}`);
    const { rows } = await getDb().execute<{ task: string; payload: unknown }>(
      sql`select t.identifier as task, j.payload
          from ${sql.raw(JOB_QUEUE_SCHEMA)}._private_jobs j
          join ${sql.raw(JOB_QUEUE_SCHEMA)}._private_tasks t on t.id = j.task_id
          where j.key = ${`evidence-check:${evidenceId}`}`,
    );
    expect(rows).toEqual([{ task: "evidence-check", payload: { evidenceId, check: "added" } }]);
  });

  it("records the page's status, address, title, text and hash, and finds the quote", async () => {
    const t = tag();
    const { claimId, evidenceId } = await addSource(`/article/${t}`);
    expect(await cardLine(claimId, evidenceId)).toEqual(["waiting to be captured"]);

    const record = await checkEvidencePage(evidenceId, "added", read);
    expect(record).toMatchObject({ recorded: true, outcome: { flag: null } });
    const [snapshot] = await snapshotsOf(evidenceId);
    expect(snapshot).toMatchObject({
      httpStatus: 200,
      finalUrl: `${fixtures.origin}/article/${t}`,
      quoteFound: true,
      encoding: "windows-1256",
      failure: null,
      checks: 1,
    });
    expect(snapshot!.title).toContain(t);
    // the article's text, decoded from windows-1256, without the menus, and never the HTML
    expect(snapshot!.text).toContain(arabicParagraphs[1]);
    expect(snapshot!.text).toContain(taggedParagraph(t));
    expect(snapshot!.text).not.toContain("جميع الحقوق محفوظة");
    expect(snapshot!.text).not.toMatch(/<p>|<html/);
    expect(snapshot!.textHash).toBe(
      createHash("sha256").update(snapshot!.text!, "utf8").digest("hex"),
    );
    expect((await sourceRow(evidenceId)).checkedAt).not.toBeNull();

    const line = await cardLine(claimId, evidenceId);
    expect(line).toHaveLength(2);
    expect(line[0]).toMatch(/^captured \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    expect(line[1]).toBe("quote found");

    // audited by the desk, with the hash the snapshot holds
    const [event] = await eventsOf(claimId, evidenceId);
    expect(event).toMatchObject({ action: "evidence.check", actorId: null });
    expect(event!.after).toMatchObject({
      evidenceId,
      snapshotId: snapshot!.id,
      textHash: snapshot!.textHash,
      quoteFound: true,
      check: "added",
    });
  });

  it("says when the quote is not on the page, without flagging it", async () => {
    const { claimId, evidenceId } = await addSource(
      `/article/${tag()}`,
      "ليست هذه الجملة في الصفحة",
    );
    await checkEvidencePage(evidenceId, "added", read);
    expect((await snapshotsOf(evidenceId))[0]!.quoteFound).toBe(false);
    expect((await cardLine(claimId, evidenceId))[1]).toBe("quote not on the page");
    expect((await sourceRow(evidenceId)).flag).toBeNull();
  });

  it("has nothing to look for without a quote", async () => {
    const { claimId, evidenceId } = await addSource(`/article/${tag()}`, null);
    await checkEvidencePage(evidenceId, "added", read);
    expect((await snapshotsOf(evidenceId))[0]!.quoteFound).toBeNull();
    expect(await cardLine(claimId, evidenceId)).toHaveLength(1);
  });

  it("records a 404 as a page that could not be fetched", async () => {
    const { claimId, evidenceId } = await addSource(`/missing`);
    const record = await checkEvidencePage(evidenceId, "added", read);
    expect(record!.outcome).toMatchObject({ flag: null, failedChecks: 1 });
    const [snapshot] = await snapshotsOf(evidenceId);
    expect(snapshot).toMatchObject({
      failure: "http-status",
      httpStatus: 404,
      text: null,
      textHash: null,
    });
    expect(snapshot!.failureMessage).toContain("404");
    expect((await cardLine(claimId, evidenceId))[1]).toBe("page could not be fetched: 404");
    const [event] = await eventsOf(claimId, evidenceId);
    expect(event!.after).toMatchObject({ failure: "http-status", httpStatus: 404, textHash: null });
  });

  it("records a page that never finishes as timed out, and does not crash", async () => {
    const { claimId, evidenceId } = await addSource(`/never-finishes`);
    await expect(checkEvidencePage(evidenceId, "added", read)).resolves.not.toBeNull();
    const [snapshot] = await snapshotsOf(evidenceId);
    expect(snapshot).toMatchObject({ failure: "timeout", httpStatus: null });
    expect((await cardLine(claimId, evidenceId))[1]).toBe(
      "page could not be fetched: it took too long",
    );
  });

  it("leaves a retracted source alone", async () => {
    const { evidenceId } = await addSource(`/article/${tag()}`);
    await retractEvidence(reviewer, { evidenceId, version: 1, reason: "Wrong article." });
    expect(await checkEvidencePage(evidenceId, "added", read)).toBeNull();
    expect(await snapshotsOf(evidenceId)).toEqual([]);
  });
});

describe("re-checks", () => {
  it("record a new snapshot only when the text changed", async () => {
    const t = tag();
    const { claimId, evidenceId } = await addSource(`/article/${t}`);
    await checkEvidencePage(evidenceId, "added", read);
    const again = await checkEvidencePage(evidenceId, "scheduled", read);
    expect(again).toMatchObject({ recorded: false });
    const [only, ...rest] = await snapshotsOf(evidenceId);
    expect(rest).toEqual([]);
    expect(only!.checks).toBe(2);
    expect(only!.lastCheckedAt.getTime()).toBeGreaterThanOrEqual(only!.takenAt.getTime());
    expect((await cardLine(claimId, evidenceId))[2]).toMatch(/^still the same on /);

    // the unchanged check is on the chain with the same hash, but not in the card's History
    const events = await eventsOf(claimId, evidenceId);
    expect(events.map((event) => [event.action, event.entityType])).toEqual([
      ["evidence.check", "claim"],
      ["evidence.check_unchanged", "evidence"],
    ]);
    expect(events[1]!.after).toMatchObject({ textHash: only!.textHash, check: "scheduled" });
    expect(await toldOfChanges(claimId)).toEqual([]);
  });

  it("flag drift when the quote's paragraph changed, and tell the watchers once", async () => {
    const t = tag();
    const { claimId, evidenceId } = await addSource(`/changing/${t}`);
    await checkEvidencePage(evidenceId, "added", read);
    const changed = await checkEvidencePage(evidenceId, "scheduled", read);
    expect(changed).toMatchObject({
      recorded: true,
      outcome: { flag: "quote_lost", flagRaised: true },
    });
    const [first, second] = await snapshotsOf(evidenceId);
    expect(first!.quoteFound).toBe(true);
    expect(second!.quoteFound).toBe(false);
    expect(second!.text).toContain(editedParagraph);
    expect(second!.textHash).not.toBe(first!.textHash);
    const source = await sourceRow(evidenceId);
    expect(source.flag).toBe("quote_lost");
    expect(source.flaggedAt).not.toBeNull();

    // the page stays changed: no new snapshot, no second notification
    await checkEvidencePage(evidenceId, "scheduled", read);
    await checkEvidencePage(evidenceId, "requested", read);
    expect(await snapshotsOf(evidenceId)).toHaveLength(2);
    const told = await toldOfChanges(claimId);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ recipientId: watcher.id, actorId: null });
    expect(told[0]!.detail).toEqual({
      evidenceId,
      flag: "quote_lost",
      title: `Source /changing/${t}`,
    });
    // the one who added it is not a watcher here, and nobody is told twice
    expect(told.some((n) => n.recipientId === reviewer.id)).toBe(false);

    const [, drift] = await eventsOf(claimId, evidenceId);
    expect(drift!.before).toMatchObject({
      quoteFound: true,
      flag: null,
      textHash: first!.textHash,
    });
    expect(drift!.after).toMatchObject({
      quoteFound: false,
      flag: "quote_lost",
      textHash: second!.textHash,
    });
  });

  it("flag a page gone at once on 404, and tell the watchers", async () => {
    const { claimId, evidenceId } = await addSource(`/vanishing/${tag()}`);
    await checkEvidencePage(evidenceId, "added", read);
    await checkEvidencePage(evidenceId, "scheduled", read);
    expect(await sourceRow(evidenceId)).toMatchObject({ flag: "page_gone", failedChecks: 1 });
    expect((await cardLine(claimId, evidenceId))[1]).toBe("page could not be fetched: 404");
    const told = await toldOfChanges(claimId);
    expect(told.map((n) => n.detail)).toEqual([
      expect.objectContaining({ evidenceId, flag: "page_gone" }),
    ]);
  });

  it("flag a page gone after two failed checks in a row, not one", async () => {
    const { claimId, evidenceId } = await addSource(`/never-finishes`);
    await checkEvidencePage(evidenceId, "added", read);
    expect((await sourceRow(evidenceId)).flag).toBeNull();
    await checkEvidencePage(evidenceId, "scheduled", read);
    expect(await sourceRow(evidenceId)).toMatchObject({ flag: "page_gone", failedChecks: 2 });
    // still one snapshot (the same failure), the flag on the card's History
    expect(await snapshotsOf(evidenceId)).toHaveLength(1);
    const actions = (await eventsOf(claimId, evidenceId)).map((event) => event.action);
    expect(actions).toEqual(["evidence.check", "evidence.check"]);
    expect(await toldOfChanges(claimId)).toHaveLength(1);
  });
});
