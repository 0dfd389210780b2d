/**
 * The daily digest and each person's email choices, through the real job
 * queue, to a real SMTP server on loopback (scripts/testing/mail-desk.ts),
 * which starts before the desk's modules are imported: they read the mail
 * settings when they load.
 */
import { eq } from "drizzle-orm";
import { makeWorkerUtils } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailDesk } from "@/scripts/testing/mail-desk";

const mail = await startMailDesk();
const { smtp, startWorker, queuedJobs } = mail;

const { getDb } = await import("@/db");
const { notifications, users } = await import("@/db/schema");
const { createComment } = await import("@/lib/discussion/write");
const { JOB_QUEUE_SCHEMA } = await import("@/db/job-queue-schema");
const { setEmailChoices, getEmailChoices } = await import("./preferences");
const { mentionToken } = await import("./mentions");
const { setWatching } = await import("./watch");
const { NOTIFICATION_DIGEST_TASK } = await import("./email-jobs");
const { readUnsubscribeToken, unsubscribe, unsubscribeToken } = await import("./unsubscribe");
const { makeClaim } = await import("@/scripts/testing/make-claim");
const { makeUser } = await import("@/scripts/testing/make-user");

beforeAll(async () => {
  // the first worker's start registers the desk's tasks
  await startWorker();
});

afterAll(() => mail.stop());

describe("the daily digest and choices", () => {
  it("batches a day's news in one email per person and sends it once", async () => {
    const claim = await makeClaim();
    const reader = await makeUser("reviewer");
    await setWatching(reader, claim.id, true);
    for (const words of ["First look", "Second look", "Third look"]) {
      await createComment(await makeUser("reviewer"), { claimId: claim.id, body: words });
    }
    const before = smtp.received.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    // watched comments go to the digest by default: nothing was sent at once
    expect(smtp.received.filter((m) => m.to[0] === reader.email)).toEqual([]);

    const utils = await makeWorkerUtils({
      connectionString: process.env.DATABASE_URL,
      schema: JOB_QUEUE_SCHEMA,
    });
    try {
      await utils.addJob(NOTIFICATION_DIGEST_TASK, {});
      await expect
        .poll(() => smtp.received.filter((m) => m.to[0] === reader.email).length, {
          timeout: 15_000,
        })
        .toBe(1);
      const digest = smtp.received.find((m) => m.to[0] === reader.email)!;
      expect(digest.subject).toBe("Your desk digest: 3 notifications");
      expect(digest.text.match(/commented on claim/g)).toHaveLength(3);
      expect(digest.text).toMatch(
        /Stop emails for “A new comment on a claim you watch”: https:\/\/desk\.example\/unsubscribe\?token=/,
      );

      // the next day's run has nothing new for them
      await utils.addJob(NOTIFICATION_DIGEST_TASK, {});
      await expect.poll(queuedJobs, { timeout: 10_000 }).toBe(0);
      expect(smtp.received.filter((m) => m.to[0] === reader.email)).toHaveLength(1);
    } finally {
      await utils.release();
    }
    expect(smtp.received.length).toBeGreaterThan(before);
  });

  it("keeps each person's choice per kind, and the unsubscribe link turns one kind off without signing in", async () => {
    const person = await makeUser("reviewer");
    const defaults = await getEmailChoices(person);
    expect(defaults.mentioned).toBe("immediate");
    expect(defaults.watched_comment).toBe("digest");
    await setEmailChoices(person, {
      ...defaults,
      watched_rating: "immediate",
      watched_evidence: "off",
    });
    expect(await getEmailChoices(person)).toMatchObject({
      watched_rating: "immediate",
      watched_evidence: "off",
      mentioned: "immediate",
    });

    const token = unsubscribeToken(person.id, "mentioned");
    expect(readUnsubscribeToken(token)).toEqual({ userId: person.id, kind: "mentioned" });
    // the same token can name no other kind, and no other account
    const [payload, signature] = token.split(".");
    const otherKind = Buffer.from(`${person.id}:watched_comment`).toString("base64url");
    expect(readUnsubscribeToken(`${otherKind}.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(`${payload}.${"A".repeat(43)}`)).toBeNull();

    // the link's endpoint, as a mail program's one-click unsubscribe posts it: no session
    const { POST } = await import("@/app/api/unsubscribe/route");
    const forged = await POST(
      new Request(`https://desk.example/api/unsubscribe?token=${payload}.${"B".repeat(43)}`, {
        method: "POST",
      }),
    );
    expect(forged.status).toBe(404);
    expect((await getEmailChoices(person)).mentioned).toBe("immediate");
    const answer = await POST(
      new Request(`https://desk.example/api/unsubscribe?token=${token}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
    );
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('Emails for "Someone mentions you" are off.');
    expect((await getEmailChoices(person)).mentioned).toBe("off");
    // the same link twice changes nothing more
    expect(await unsubscribe(token)).toEqual({
      userId: person.id,
      kind: "mentioned",
      language: "en",
    });

    const claim = await makeClaim();
    const before = smtp.received.length;
    await createComment(await makeUser("reviewer"), {
      claimId: claim.id,
      body: `${mentionToken(person)} are you there?`,
    });
    const [row] = await getDb()
      .select()
      .from(notifications)
      .where(eq(notifications.recipientId, person.id));
    expect(row!.emailDelivery).toBe("off");
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(smtp.received.slice(before).filter((m) => m.to[0] === person.email)).toEqual([]);
    const [stillActive] = await getDb().select().from(users).where(eq(users.id, person.id));
    expect(stillActive!.active).toBe(true);
  });
});
