"use server";

import { z } from "zod";
import { editClaim } from "@/lib/claims/edit";
import {
  attributionField,
  eventDateField,
  eventDatePrecisionField,
  statementField,
} from "@/lib/claims/claim-fields";
import { formAction } from "@/lib/form-action";
import { rateClaim, revealRatings } from "@/lib/ratings/rate";
import { ratingSchema } from "@/lib/ratings/rating-fields";
import { reopenVerdict, setVerdict } from "@/lib/verdicts/decide";

const claimId = z.coerce.number().int().positive("Unknown claim.");

// No revalidatePath here: each action answers with its result alone and the
// form refreshes the page once it has shown it (useKeptFormAction's
// refreshOnSuccess); other viewers hear of the change through the live feed.

export const rateClaimAction = formAction("rating.save", ratingSchema, async (input, actor) => {
  const { status } = await rateClaim(actor, input);
  return `Rating saved. The card is now ${status.status.replace("_", " ")}.`;
});

export const revealRatingsAction = formAction(
  "rating.reveal",
  z.object({ claimId }),
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
    claimId,
    verdict: z.enum(
      ["verified", "false", "misleading", "unproven"],
      "Choose verified, false, misleading or unproven.",
    ),
    rationale: reason("rationale"),
  }),
  async (input, actor) => {
    await setVerdict(actor, input);
    return "Verdict set. Ratings are locked until an editor reopens the claim.";
  },
);

export const reopenVerdictAction = formAction(
  "verdict.reopen",
  z.object({ claimId, reason: reason("reason for reopening") }),
  async (input, actor) => {
    await reopenVerdict(actor, input);
    return "Verdict reopened. Reviewers can rate again.";
  },
);

export const editClaimAction = formAction(
  "claim.edit",
  z.object({
    claimId,
    version: z.coerce.number().int().positive(),
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
