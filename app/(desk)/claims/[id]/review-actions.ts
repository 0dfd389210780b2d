"use server";

import { z } from "zod";
import { verdictKind } from "@/db/schema";
import { editClaim } from "@/lib/claims/edit";
import {
  attributionField,
  eventDateField,
  eventDatePrecisionField,
  statementField,
} from "@/lib/claims/claim-fields";
import { formAction } from "@/lib/form-action";
import { claimIdField, versionField } from "@/lib/form-fields";
import { rateClaim, revealRatings } from "@/lib/ratings/rate";
import { ratingSchema } from "@/lib/ratings/rating-fields";
import { reopenVerdict, setVerdict } from "@/lib/verdicts/decide";

// No revalidatePath here: each action answers with its result alone and the
// form refreshes the page once it has shown it (useKeptFormAction's
// refreshOnSuccess); other viewers hear of the change through the live feed.

export const rateClaimAction = formAction("rating.save", ratingSchema, async (input, actor) => {
  const { status } = await rateClaim(actor, input);
  return `Rating saved. The card is now ${status.status.replace("_", " ")}.`;
});

export const revealRatingsAction = formAction(
  "rating.reveal",
  z.object({ claimId: claimIdField }),
  async ({ claimId }, actor) => {
    await revealRatings(actor, claimId);
    return "Other reviewers' ratings are shown. Your choice to look first is recorded.";
  },
);

const reason = (what: string) =>
  z
    .string()
    .trim()
    .min(10, `Give the ${what} in a sentence or two (at least 10 characters).`)
    .max(5000, `Keep the ${what} under 5000 characters.`);

export const setVerdictAction = formAction(
  "verdict.set",
  z.object({
    claimId: claimIdField,
    verdict: z.enum(verdictKind.enumValues, "Choose verified, false, misleading or unproven."),
    rationale: reason("rationale"),
  }),
  async (input, actor) => {
    await setVerdict(actor, input);
    return "Verdict set. Ratings are locked until an editor reopens the claim.";
  },
);

export const reopenVerdictAction = formAction(
  "verdict.reopen",
  z.object({ claimId: claimIdField, reason: reason("reason for reopening") }),
  async (input, actor) => {
    await reopenVerdict(actor, input);
    return "Verdict reopened. Reviewers can rate again.";
  },
);

export const editClaimAction = formAction(
  "claim.edit",
  z.object({
    claimId: claimIdField,
    version: versionField,
    statement: statementField,
    attribution: attributionField,
    eventDate: eventDateField,
    eventDatePrecision: eventDatePrecisionField,
  }),
  async (input, actor) => {
    await editClaim(actor, input);
    return "Claim updated.";
  },
);
