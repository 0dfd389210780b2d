"use server";

import { getTranslations } from "@/lib/i18n/get-translations";
import { formAction } from "@/lib/form-action";
import { nameClaimSource, removeClaimSource } from "@/lib/sources/claim-sources";
import { claimSourceRemovalSchema, claimSourceSchema } from "@/lib/sources/fields";

// The form refreshes this page after a success (see review-actions.ts).

export const nameClaimSourceAction = formAction(
  "claim.add_source",
  claimSourceSchema,
  async (input, actor) => {
    const { source, added } = await nameClaimSource(actor, input);
    const t = await getTranslations("claimSources.done");
    return t(added ? "added" : "already", { name: source.name });
  },
);

export const removeClaimSourceAction = formAction(
  "claim.remove_source",
  claimSourceRemovalSchema,
  async (input, actor) => {
    await removeClaimSource(actor, input);
    return (await getTranslations("claimSources.done"))("removed");
  },
);
