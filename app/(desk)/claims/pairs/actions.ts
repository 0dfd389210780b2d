"use server";

import { getTranslations } from "@/lib/i18n/get-translations";
import { z } from "zod";
import { formAction } from "@/lib/form-action";
import { claimIdField } from "@/lib/form-fields";
import { dismissPairProposal } from "@/lib/pairs/dismiss";

const pair = z.object({
  claimId: claimIdField,
  otherClaimId: claimIdField,
  shown: z.string().trim().max(500).default(""),
});

// The lists refresh themselves after a success (useKeptFormAction's
// refreshOnSuccess); open cards hear of it through the live feed.

export const dismissContradictionAction = formAction(
  "contradiction.dismiss",
  pair,
  async (input, actor) => {
    await dismissPairProposal(actor, { kind: "contradiction", ...input });
    return (await getTranslations("pairs"))("dismissedContradiction");
  },
);

export const dismissDuplicateAction = formAction(
  "duplicate.dismiss",
  pair,
  async (input, actor) => {
    await dismissPairProposal(actor, { kind: "duplicate", ...input });
    return (await getTranslations("pairs"))("dismissedDuplicate");
  },
);
