/**
 * Email from the outbox, through the real job queue, to a real SMTP server on
 * loopback (scripts/testing/mail-desk.ts), which starts before the desk's
 * modules are imported: they read the mail settings when they load.
 */
import { eq, inArray } from "drizzle-orm";
import { makeWorkerUtils } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailDesk } from "@/scripts/testing/mail-desk";

const mail = await startMailDesk();
const { smtp, startWorker, queuedJobs } = mail;

const { getDb } = await import("@/db");
const { notifications, users } = await import("@/db/schema");
const { createComment } = await import("@/lib/discussion/write");
const { listJobProblems } = await import("@/lib/jobs/problems");
const { JOB_QUEUE_SCHEMA } = await import("@/db/job-queue-schema");
const { mentionToken } = await import("./mentions");
const { notifyClaimChange } = await import("./fan-out");
const { setWatching } = await import("./watch");
const { makeClaim } = await import("@/scripts/testing/make-claim");
const { makeUser } = await import("@/scripts/testing/make-user");

beforeAll(async () => {
  // the first worker's start registers the desk's tasks
  await startWorker();
});

afterAll(() => mail.stop());

describe("emails from the outbox", () => {
  it("sends one email per notification across two workers, however many writes race", async () => {
    await startWorker(); // a second instance on the same database
    const claim = await makeClaim();
    const people = await Promise.all(Array.from({ length: 8 }, () => makeUser("reviewer")));
    const writers = await Promise.all(Array.from({ length: 5 }, () => makeUser("reviewer")));
    const before = smtp.received.length;
    // five comments at once, each mentioning all eight (mentions are emailed at once by default)
    const body = people.map((person) => mentionToken(person)).join(" ");
    const posted = await Promise.all(
      writers.map((writer) => createComment(writer, { claimId: claim.id, body: `${body} look` })),
    );
    expect(posted).toHaveLength(5);
    const rows = await getDb()
      .select({ id: notifications.id, delivery: notifications.emailDelivery })
      .from(notifications)
      .where(
        inArray(
          notifications.recipientId,
          people.map((p) => p.id),
        ),
      );
    expect(rows).toHaveLength(40);
    expect(rows.every((row) => row.delivery === "immediate")).toBe(true);

    await expect.poll(() => smtp.received.length - before, { timeout: 30_000 }).toBe(40);
    await expect.poll(queuedJobs, { timeout: 10_000 }).toBe(0);
    const mails = smtp.received.slice(before);
    const ids = mails.map((mail) => /<notification-(\d+)@/.exec(mail.messageId)?.[1]);
    expect(new Set(ids).size).toBe(40);
    expect(new Set(ids)).toEqual(new Set(rows.map((row) => String(row.id))));
    // a little more time, and still no second copy of any
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(smtp.received.length - before).toBe(40);
    const sent = await getDb()
      .select({ emailedAt: notifications.emailedAt })
      .from(notifications)
      .where(
        inArray(
          notifications.id,
          rows.map((row) => row.id),
        ),
      );
    expect(sent.every((row) => row.emailedAt !== null)).toBe(true);
    const mail = mails.find((m) => m.to[0] === people[0]!.email)!;
    expect(mail.subject).toMatch(new RegExp(`mentioned you on claim ${claim.id}`));
    expect(mail.text).toContain(`https://desk.example/claims/${claim.id}#comment-`);
    expect(mail.headers).toMatch(
      /^List-Unsubscribe: <https:\/\/desk\.example\/api\/unsubscribe\?token=/m,
    );
  });

  it("writes each email in its recipient's language: an Arabic account's mention arrives in Arabic", async () => {
    const claim = await makeClaim({ statement: "أعلنت الوزارة إغلاق المعبر ثلاثة أيام" });
    const [arabicReader, englishReader, writer] = await Promise.all([
      makeUser("reviewer"),
      makeUser("reviewer"),
      makeUser("reviewer"),
    ]);
    await getDb()
      .update(users)
      .set({ interfaceLanguage: "ar" })
      .where(eq(users.id, arabicReader.id));
    await getDb()
      .update(users)
      .set({ interfaceLanguage: "en" })
      .where(eq(users.id, englishReader.id));
    await createComment(writer, {
      claimId: claim.id,
      body: `${mentionToken(arabicReader)} ${mentionToken(englishReader)} انظرا هنا`,
    });
    const mailTo = (person: { email: string }) =>
      smtp.received.find((mail) => mail.to[0] === person.email);
    await expect
      .poll(() => Boolean(mailTo(arabicReader) && mailTo(englishReader)), {
        timeout: 15_000,
      })
      .toBe(true);

    const arabic = mailTo(arabicReader)!;
    expect(arabic.subject).toBe(
      `إشارة إليك من ${writer.displayName} في الادعاء ${claim.id}: أعلنت الوزارة إغلاق المعبر ثلاثة أيام`,
    );
    expect(arabic.text).toContain(`مرحبًا ${arabicReader.displayName}،`);
    expect(arabic.text).toContain("كل إشعاراتك: https://desk.example/notifications");
    expect(arabic.text).toMatch(
      /أوقف هذه الرسائل \(هذا النوع وحده\): https:\/\/desk\.example\/unsubscribe\?token=/,
    );
    expect(arabic.text).not.toMatch(/Hello|notifications:|mentioned you/);

    const english = mailTo(englishReader)!;
    expect(english.subject).toBe(
      `${writer.displayName} mentioned you on claim ${claim.id}: أعلنت الوزارة إغلاق المعبر ثلاثة أيام`,
    );
    expect(english.text).toContain(`Hello ${englishReader.displayName},`);
  });

  it("writes nothing and queues nothing for a change that rolls back", async () => {
    const claim = await makeClaim();
    const person = await makeUser("reviewer");
    await setWatching(person, claim.id, true);
    const jobsBefore = await queuedJobs();
    await expect(
      getDb().transaction(async (tx) => {
        await notifyClaimChange(tx, {
          actorId: null,
          claims: [{ claimId: claim.id }],
          kind: "watched_comment",
          direct: [{ recipientId: person.id, kind: "mentioned" }],
        });
        throw new Error("the change failed after its notifications were written");
      }),
    ).rejects.toThrow(/failed/);
    const rows = await getDb()
      .select()
      .from(notifications)
      .where(eq(notifications.recipientId, person.id));
    expect(rows).toEqual([]);
    expect(await queuedJobs()).toBe(jobsBefore);
  });

  it("retries a refused send with backoff, showing the error to admins, then sends once", async () => {
    const claim = await makeClaim();
    const person = await makeUser("reviewer");
    const admin = await makeUser("admin");
    const before = smtp.received.length;
    smtp.control.refuseNext = 1;
    await createComment(await makeUser("reviewer"), {
      claimId: claim.id,
      body: `${mentionToken(person)} please check`,
    });
    await expect
      .poll(async () => (await listJobProblems(admin)).length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    const [problem] = await listJobProblems(admin);
    expect(problem).toMatchObject({ task: "notification-email", attempts: 1, gaveUp: false });
    expect(problem!.lastError).toMatch(/email not sent/);
    // backoff: the next attempt is seconds away, not immediate
    expect(problem!.runAt.getTime()).toBeGreaterThan(Date.now());
    expect(smtp.received.length).toBe(before);

    const utils = await makeWorkerUtils({
      connectionString: process.env.DATABASE_URL,
      schema: JOB_QUEUE_SCHEMA,
    });
    try {
      await utils.rescheduleJobs([problem!.id], { runAt: new Date() });
    } finally {
      await utils.release();
    }
    await expect.poll(() => smtp.received.length - before, { timeout: 15_000 }).toBe(1);
    await expect.poll(async () => (await listJobProblems(admin)).length).toBe(0);
  });
});
