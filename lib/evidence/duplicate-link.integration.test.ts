import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { claimEventsOf } from "@/scripts/testing/audit-events";
import { englishOf } from "@/scripts/testing/in-english";
import { getDb } from "@/db";
import { claims, evidence, reports, type User } from "@/db/schema";
import { makeClaim as makeTestClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { RuleViolation } from "@/lib/errors";
import { addEvidence } from "./add";
import type { EvidenceFields } from "./fields";
import { retractEvidence } from "./retract";

let reviewer: User;
let otherReviewer: User;
let reportId: number;

beforeAll(async () => {
  [reviewer, otherReviewer] = await Promise.all([makeUser("reviewer"), makeUser("reviewer")]);
  const [report] = await getDb()
    .insert(reports)
    .values({ title: "Duplicate link tests", language: "ru" })
    .returning({ id: reports.id });
  reportId = report!.id;
});

const makeClaim = async () => (await makeTestClaim({ reportId })).id;

const source = (url: string, overrides: Partial<EvidenceFields> = {}): EvidenceFields => ({
  url,
  title: "Курсанты улетели в Китай",
  outlet: "Независимая газета",
  publishedOn: "2025-09-14",
  archiveUrl: null,
  stance: "supports",
  quote: null,
  ...overrides,
});

const evidenceOf = (claimId: number) =>
  getDb().select().from(evidence).where(eq(evidence.claimId, claimId)).orderBy(evidence.id);

const additionsOf = (claimId: number) => claimEventsOf(claimId, "evidence.add");

const article = "https://ng.ru/article/123";

describe("adding a link that is already on the card", () => {
  it("refuses the same address again, on the link field, naming the copy and who added it", async () => {
    const claimId = await makeClaim();
    await addEvidence(reviewer, claimId, source(article));

    const refusal = await addEvidence(otherReviewer, claimId, source(article)).catch((e) => e);
    expect(refusal).toBeInstanceOf(RuleViolation);
    expect(refusal.field).toBe("url");
    expect(englishOf(refusal)).toContain(
      `This link is already on the card: “Курсанты улетели в Китай”, added by ${reviewer.displayName} on `,
    );
    expect(await evidenceOf(claimId)).toHaveLength(1);
    expect(await additionsOf(claimId)).toHaveLength(1);

    const own = await addEvidence(reviewer, claimId, source(article)).catch((e) => e);
    expect(own).toBeInstanceOf(RuleViolation);
    expect(englishOf(own)).toContain("added by you on ");
  });

  it.each([
    "https://NG.ru/article/123/",
    "HTTPS://ng.ru:443/article/123",
    "https://ng.ru/article/123?utm_source=x",
    "https://ng.ru/article/123/?utm_medium=social&fbclid=abc#comments",
  ])("refuses %s as the same link", async (variant) => {
    const claimId = await makeClaim();
    await addEvidence(reviewer, claimId, source(article));
    const refusal = await addEvidence(otherReviewer, claimId, source(variant)).catch((e) => e);
    expect(refusal).toBeInstanceOf(RuleViolation);
    expect(refusal.field).toBe("url");
    expect(await evidenceOf(claimId)).toHaveLength(1);
  });

  it("keeps the link as typed, and compares later ones with it", async () => {
    const claimId = await makeClaim();
    const typed = "https://NG.ru/article/123/?utm_source=x";
    await addEvidence(reviewer, claimId, source(typed));
    expect((await evidenceOf(claimId))[0]!.url).toBe(typed);
    const refusal = await addEvidence(otherReviewer, claimId, source(article)).catch((e) => e);
    expect(refusal).toBeInstanceOf(RuleViolation);
  });

  it("takes another page of the site, the same page with another query, and the same link on another claim", async () => {
    const claimId = await makeClaim();
    await addEvidence(reviewer, claimId, source(article));
    await addEvidence(reviewer, claimId, source("https://ng.ru/article/124"));
    await addEvidence(reviewer, claimId, source(`${article}?page=2`));
    const otherClaimId = await makeClaim();
    await addEvidence(reviewer, otherClaimId, source(article));
    expect(await evidenceOf(claimId)).toHaveLength(3);
    expect(await evidenceOf(otherClaimId)).toHaveLength(1);
  });

  it("is not blocked by a retracted copy, and is by the live one that replaced it", async () => {
    const claimId = await makeClaim();
    const { evidenceId } = await addEvidence(
      reviewer,
      claimId,
      source(article, { title: "First copy" }),
    );
    await retractEvidence(reviewer, { evidenceId, version: 1, reason: "Wrong stance." });

    await addEvidence(
      otherReviewer,
      claimId,
      source(`${article}/`, { title: "Second copy", stance: "context" }),
    );
    const rows = await evidenceOf(claimId);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ title: "Second copy", retractedAt: null });

    const refusal = await addEvidence(reviewer, claimId, source(article)).catch((e) => e);
    expect(refusal).toBeInstanceOf(RuleViolation);
    expect(englishOf(refusal)).toContain(`“Second copy”, added by ${otherReviewer.displayName}`);
  });

  it("leaves one row and one audit event when several people add the link at once", async () => {
    const claimId = await makeClaim();
    const adders = await Promise.all(Array.from({ length: 4 }, () => makeUser("reviewer")));
    const variants = [
      article,
      "https://NG.ru/article/123/",
      "https://ng.ru/article/123?utm_source=x",
      "https://ng.ru:443/article/123#top",
    ];

    // Hold the claim's row so every add is waiting at the same point, then let them all go.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const holder = getDb().transaction(async (tx) => {
      await tx.select({ id: claims.id }).from(claims).where(eq(claims.id, claimId)).for("update");
      held();
      await gate;
    });
    await holding;
    const adds = variants.map((url, i) =>
      addEvidence(adders[i]!, claimId, source(url, { title: `Copy ${i}` })),
    );
    await waitForLockWaiters(variants.length);
    release();
    await holder;
    const outcomes = await Promise.allSettled(adds);

    const added = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
    expect(added).toHaveLength(1);
    expect(refused).toHaveLength(variants.length - 1);
    for (const refusal of refused) {
      expect(refusal).toBeInstanceOf(RuleViolation);
      expect(refusal.field).toBe("url");
    }
    const rows = await evidenceOf(claimId);
    expect(rows).toHaveLength(1);
    const events = await additionsOf(claimId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: rows[0]!.addedBy,
      after: { evidenceId: rows[0]!.id, url: rows[0]!.url },
    });
  });
});

/** Waits until `count` sessions of this database are blocked on a lock. */
async function waitForLockWaiters(count: number) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { rows } = await getDb().execute<{ waiting: number }>(
      sql`select count(*)::int as waiting from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if (rows[0]!.waiting >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`expected ${count} adds waiting on the claim's lock`);
}
