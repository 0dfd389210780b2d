import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { claims, reports, type User } from "@/db/schema";
import { anchorFromQuote, createAnchor, type QuoteAnchor } from "@/lib/anchoring";
import { notifyClaimChange } from "@/lib/notifications/fan-out";
import { assertRole } from "@/lib/auth/authorization";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { recordResemblances } from "@/lib/pairs/resemblances";
import { linkClaims } from "@/lib/relations/link";
import { isMostlyArabic } from "@/lib/text/arabic";
import type { NewClaim } from "./claim-fields";
import { recordClaimChange } from "./record-change";
import { statementLanguageOf } from "./statement-language";

/** A new card; without a statement language, the statement's letters tell it. */
type ClaimInput = Omit<NewClaim, "statementLanguage"> &
  Partial<Pick<NewClaim, "statementLanguage">>;

/**
 * Makes a claim card from a passage of a report's full text. The quote must
 * be in the text, word for word, within one paragraph; its anchor (exact text,
 * 32 characters either side and offsets) is what keeps the highlight in place
 * when the text is re-imported. A card the reviewer says is the same claim
 * as one already on the desk is linked to it in the same transaction.
 */
export async function createClaim(actor: User, input: ClaimInput): Promise<{ claimId: number }> {
  assertRole(actor, "reviewer");
  return getDb().transaction(async (tx) => {
    // shared lock: the text cannot be replaced between finding the quote and saving the card
    const [report] = await tx
      .select({ id: reports.id, fullText: reports.fullText, language: reports.language })
      .from(reports)
      .where(eq(reports.id, input.reportId))
      .for("share");
    if (!report) throw new NotFoundError("report");
    if (report.fullText == null) {
      throw new RuleViolation("makeClaim.errors.noFullText", "quote");
    }
    const anchor = anchorQuote(report.fullText, input);
    const quoteLanguage = isMostlyArabic(anchor.exact) ? "ar" : report.language;
    const [claim] = await tx
      .insert(claims)
      .values({
        reportId: report.id,
        statement: input.statement,
        statementLanguage: statementLanguageOf(input.statement, input.statementLanguage),
        quote: anchor.exact,
        quoteLanguage,
        anchorExact: anchor.exact,
        anchorPrefix: anchor.prefix,
        anchorSuffix: anchor.suffix,
        anchorStart: anchor.start,
        anchorEnd: anchor.end,
        anchorState: "anchored",
        attribution: input.attribution,
        eventDate: input.eventDate,
        eventDatePrecision: input.eventDate ? input.eventDatePrecision : null,
        createdBy: actor.id,
      })
      .returning({ id: claims.id });
    // the author watches their card: nobody else does yet, so nobody is told
    await notifyClaimChange(tx, {
      actorId: actor.id,
      claims: [{ claimId: claim!.id }],
      watchAs: "author",
    });
    await recordResemblances(tx, claim!.id);
    // the board and the assignments page follow every claim: a new card shows there at once
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "claim.create",
      claimId: claim!.id,
      after: {
        reportId: report.id,
        statement: input.statement,
        quote: anchor.exact,
        anchor: { start: anchor.start, end: anchor.end },
        attribution: input.attribution,
        eventDate: input.eventDate,
      },
    });
    if (input.sameAsClaimId !== null) {
      await linkAsSame(tx, actor, claim!.id, input.sameAsClaimId);
    }
    return { claimId: claim!.id };
  });
}

/**
 * Links the new card as the same claim as one the desk showed while it was
 * written, in the card's own transaction: both are made, or neither. The
 * relation is audited on both cards, as every link is.
 */
async function linkAsSame(tx: Transaction, actor: User, claimId: number, sameAsClaimId: number) {
  try {
    await linkClaims(
      tx,
      {
        claimId,
        otherClaimId: sameAsClaimId,
        kind: "same_as",
        note: "Linked when this card was made: the desk showed it as looking the same.",
        createdBy: actor.id,
      },
      { actorId: actor.id },
    );
  } catch (error) {
    // The only refusal a new card can meet: the other claim is gone. The form
    // has no field for it, so the form's message says so.
    if (error instanceof RuleViolation) {
      throw new RuleViolation("makeClaim.errors.sameAsGone", undefined, {
        id: String(sameAsClaimId),
      });
    }
    throw error;
  }
}

/**
 * Where the quote sits: at the selected offsets when the text there still
 * reads the same, otherwise its first word-for-word occurrence (a pasted or
 * edited quote). Surrounding whitespace is left out of the anchor.
 */
function anchorQuote(text: string, input: ClaimInput): QuoteAnchor {
  let start = input.quoteStart;
  let end = input.quoteEnd;
  if (start === null || end === null || text.slice(start, end) !== input.quote) {
    const found = anchorFromQuote(text, input.quote.trim());
    if (!found) {
      throw new RuleViolation("makeClaim.errors.quoteNotInText", "quote");
    }
    ({ start, end } = found);
  }
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (start === end) throw new RuleViolation("makeClaim.errors.onlySpaces", "quote");
  if (text.slice(start, end).includes("\n")) {
    throw new RuleViolation("makeClaim.errors.spansParagraphs", "quote");
  }
  return createAnchor(text, start, end);
}
