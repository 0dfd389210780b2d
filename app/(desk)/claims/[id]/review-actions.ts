"use server";

import { getTranslations } from "@/lib/i18n/get-translations";
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
  const [t, vocab] = await Promise.all([getTranslations("review"), getTranslations("vocab")]);
  return t("saved", { status: vocab(`status.${status.status}`).toLowerCase() });
});

export const revealRatingsAction = formAction(
  "rating.reveal",
  z.object({ claimId: claimIdField }),
  async ({ claimId }, actor) => {
    await revealRatings(actor, claimId);
    return (await getTranslations("review"))("revealed");
  },
);

const reason = (tooShort: string, tooLong: string) =>
  z.string().trim().min(10, tooShort).max(5000, tooLong);

export const setVerdictAction = formAction(
  "verdict.set",
  z.object({
    claimId: claimIdField,
    verdict: z.enum(verdictKind.enumValues, "review.errors.verdictKind"),
    rationale: reason("review.errors.rationaleShort", "review.errors.rationaleLong"),
  }),
  async (input, actor) => {
    await setVerdict(actor, input);
    return (await getTranslations("review.verdict"))("setDone");
  },
);

export const reopenVerdictAction = formAction(
  "verdict.reopen",
  z.object({
    claimId: claimIdField,
    reason: reason("review.errors.reopenShort", "review.errors.reopenLong"),
  }),
  async (input, actor) => {
    await reopenVerdict(actor, input);
    return (await getTranslations("review.verdict"))("reopenDone");
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
    return (await getTranslations("claim.edit"))("done");
  },
);
