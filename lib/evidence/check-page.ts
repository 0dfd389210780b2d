import "server-only";
import { createHash } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { evidence, evidenceSnapshots, type EvidenceSnapshot } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { recordClaimChange } from "@/lib/claims/record-change";
import { notifyClaimChange } from "@/lib/notifications/fan-out";
import { WebFetchError } from "@/lib/web/fetch-errors";
import type { WebPage } from "@/lib/web/read-web-page";
import { judgeCheck, type EvidenceCheck, type KnownState, type PageReading } from "./check-outcome";
import { lockSource } from "./lock-source";
import { quoteFoundOnPage } from "./quote-on-page";

/**
 * The job that checks one source's page (queued when the source is added,
 * by the daily re-check and by "Check now"): fetch it through the desk's
 * safe fetcher, reduce it to its text, and record what was found, judged by
 * check-outcome.ts. The fetch happens outside any transaction; the record is
 * one transaction that locks the claim and then the source, as every
 * evidence write does, so two checks of one source (a "Check now" landing
 * while the schedule's is under way) are recorded one after the other, the
 * second comparing itself with the first.
 *
 * A page that cannot be fetched (404, a timeout, a refused address) is a
 * result and is recorded; anything else thrown is a fault of the desk and is
 * left to the job queue, which retries it with backoff and shows its error
 * to admins. The desk, not a person, is the actor of every check.
 */

/** Reads a page as lib/web/read-web-page.ts does; the job passes the desk's policy, tests their own. */
export type PageReader = (address: string) => Promise<WebPage>;

export type CheckRecord = {
  snapshotId: number;
  /** a snapshot was recorded (else the latest counted one more check) */
  recorded: boolean;
  outcome: ReturnType<typeof judgeCheck>;
};

export function textHashOf(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** What the page gave, or why it gave nothing. Throws what is not the page's doing. */
async function readSourcePage(
  read: PageReader,
  url: string,
  quote: string | null,
): Promise<PageReading> {
  try {
    const page = await read(url);
    // PostgreSQL's text cannot hold NUL, which a page may carry; nobody reads it
    const text = page.article.text.replaceAll("\u0000", "");
    return {
      ok: true,
      httpStatus: page.status,
      finalUrl: page.finalUrl,
      title: page.article.title ?? page.article.documentTitle,
      text,
      textHash: textHashOf(text),
      quoteFound: quoteFoundOnPage(text, quote),
      bytes: page.bytes,
      encoding: page.encoding,
    };
  } catch (error) {
    if (!(error instanceof WebFetchError)) throw error;
    return {
      ok: false,
      failure: error.failure,
      message: error.message,
      httpStatus: error.status ?? null,
    };
  }
}

/** Checks the page of source `evidenceId`; null when there is nothing to check (gone, retracted). */
export async function checkEvidencePage(
  evidenceId: number,
  check: EvidenceCheck,
  read: PageReader,
): Promise<CheckRecord | null> {
  const [source] = await getDb()
    .select({ url: evidence.url, quote: evidence.quote, retractedAt: evidence.retractedAt })
    .from(evidence)
    .where(eq(evidence.id, evidenceId));
  // a retracted source no longer bears on the claim, so its page is not watched
  if (!source || source.retractedAt) return null;
  const reading = await readSourcePage(read, source.url, source.quote);
  return getDb().transaction((tx) => recordCheck(tx, evidenceId, check, reading));
}

async function recordCheck(
  tx: Transaction,
  evidenceId: number,
  check: EvidenceCheck,
  reading: PageReading,
): Promise<CheckRecord | null> {
  const source = await lockSource(tx, evidenceId);
  if (!source || source.retractedAt) return null;

  const [latest] = await tx
    .select()
    .from(evidenceSnapshots)
    .where(eq(evidenceSnapshots.evidenceId, evidenceId))
    .orderBy(desc(evidenceSnapshots.id))
    .limit(1);
  const [everFound] = await tx
    .select({ found: sql<boolean>`coalesce(bool_or(${evidenceSnapshots.quoteFound}), false)` })
    .from(evidenceSnapshots)
    .where(eq(evidenceSnapshots.evidenceId, evidenceId));
  const known: KnownState = {
    latest: latest ?? null,
    quoteEverFound: everFound?.found ?? false,
    failedChecks: source.failedChecks,
    flag: source.flag,
  };
  const outcome = judgeCheck(reading, known, check);

  const snapshot = outcome.sameAsLatest
    ? await countCheck(tx, latest!.id)
    : await insertSnapshot(tx, evidenceId, reading);
  const flagChanged = outcome.flag !== source.flag;
  await tx
    .update(evidence)
    .set({
      checkedAt: sql`now()`,
      failedChecks: outcome.failedChecks,
      flag: outcome.flag,
      flaggedAt: flagChanged ? (outcome.flag ? sql`now()` : null) : source.flaggedAt,
    })
    .where(eq(evidence.id, evidenceId));

  if (outcome.flagRaised) {
    await notifyClaimChange(tx, {
      actorId: null,
      claims: [
        {
          claimId: source.claimId,
          // ids and the title the reviewer gave the source: never the page's words
          detail: { evidenceId, flag: outcome.flag, title: source.title.slice(0, 120) },
        },
      ],
      kind: "watched_evidence_changed",
    });
  }

  const result = {
    evidenceId,
    snapshotId: snapshot.id,
    textHash: snapshot.textHash,
    httpStatus: snapshot.httpStatus,
    failure: snapshot.failure,
    quoteFound: snapshot.quoteFound,
    flag: outcome.flag,
    check,
  };
  if (outcome.sameAsLatest && !flagChanged) {
    // the chain vouches that the page still said the same, without filling the card's History
    await recordAudit(tx, {
      actorId: null,
      action: "evidence.check_unchanged",
      entityType: "evidence",
      entityId: evidenceId,
      after: { claimId: source.claimId, ...result, checks: snapshot.checks },
    });
  } else {
    await recordClaimChange(tx, {
      actorId: null,
      action: "evidence.check",
      claimId: source.claimId,
      before: latest
        ? {
            textHash: latest.textHash,
            httpStatus: latest.httpStatus,
            failure: latest.failure,
            quoteFound: latest.quoteFound,
            flag: source.flag,
          }
        : { flag: source.flag },
      after: {
        ...result,
        source: source.title,
        url: source.url,
        finalUrl: snapshot.finalUrl,
        title: snapshot.title,
      },
    });
  }
  return { snapshotId: snapshot.id, recorded: !outcome.sameAsLatest, outcome };
}

async function countCheck(tx: Transaction, snapshotId: number): Promise<EvidenceSnapshot> {
  const [counted] = await tx
    .update(evidenceSnapshots)
    .set({ lastCheckedAt: sql`now()`, checks: sql`${evidenceSnapshots.checks} + 1` })
    .where(eq(evidenceSnapshots.id, snapshotId))
    .returning();
  return counted!;
}

async function insertSnapshot(
  tx: Transaction,
  evidenceId: number,
  reading: PageReading,
): Promise<EvidenceSnapshot> {
  const [inserted] = await tx
    .insert(evidenceSnapshots)
    .values(
      reading.ok
        ? {
            evidenceId,
            httpStatus: reading.httpStatus,
            finalUrl: reading.finalUrl,
            title: reading.title,
            text: reading.text,
            textHash: reading.textHash,
            quoteFound: reading.quoteFound,
            bytes: reading.bytes,
            encoding: reading.encoding,
          }
        : {
            evidenceId,
            httpStatus: reading.httpStatus,
            failure: reading.failure,
            failureMessage: reading.message,
          },
    )
    .returning();
  return inserted!;
}
