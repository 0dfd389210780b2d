import "server-only";
import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { claims, evidence, evidenceSnapshots, verdicts, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { quoteParagraphChange } from "./quote-on-page";

/** How many verdicts on changed evidence the dashboard lists, the most recently flagged first. */
export const CHANGED_VERDICTS_LIST_SIZE = 20;

/**
 * The verdicts an editor should look at again: a verdict stands on the
 * claim, and one of its live sources is flagged by the desk's checks (page
 * gone, or quote lost). With each, the paragraph that held the quote when
 * the desk last found it and what that paragraph reads now, word by word.
 */
export async function listVerdictsOnChangedEvidence(actor: User) {
  assertRole(actor, "editor");
  const db = getDb();
  const rows = await db
    .select({
      claimId: claims.id,
      statement: claims.statement,
      verdict: verdicts.verdict,
      evidenceId: evidence.id,
      title: evidence.title,
      url: evidence.url,
      quote: evidence.quote,
      flag: evidence.flag,
      flaggedAt: evidence.flaggedAt,
    })
    .from(evidence)
    .innerJoin(claims, eq(claims.id, evidence.claimId))
    .innerJoin(verdicts, and(eq(verdicts.claimId, claims.id), isNull(verdicts.reopenedAt)))
    .where(and(isNotNull(evidence.flag), isNull(evidence.retractedAt)))
    .orderBy(desc(evidence.flaggedAt), desc(evidence.id))
    .limit(CHANGED_VERDICTS_LIST_SIZE);
  return Promise.all(
    rows.map(async (row) => ({
      ...row,
      flag: row.flag!,
      change: row.quote ? await quoteChangeOf(row.evidenceId, row.quote) : null,
    })),
  );
}

/** The quote's paragraph at the capture that last found it, against the latest capture's text. */
async function quoteChangeOf(evidenceId: number, quote: string) {
  const db = getDb();
  const textOf = (found?: boolean) =>
    db
      .select({ text: evidenceSnapshots.text })
      .from(evidenceSnapshots)
      .where(
        and(
          eq(evidenceSnapshots.evidenceId, evidenceId),
          found ? eq(evidenceSnapshots.quoteFound, true) : undefined,
        ),
      )
      .orderBy(desc(evidenceSnapshots.id))
      .limit(1);
  const [[earlier], [latest]] = await Promise.all([textOf(true), textOf()]);
  if (!earlier?.text) return null;
  return quoteParagraphChange(earlier.text, latest?.text ?? null, quote);
}

export type VerdictOnChangedEvidence = Awaited<
  ReturnType<typeof listVerdictsOnChangedEvidence>
>[number];
