"use server";

import { getTranslations } from "@/lib/i18n/get-translations";
import { formAction } from "@/lib/form-action";
import { entityTagSchema, entityUntagSchema } from "@/lib/entities/fields";
import { tagClaim, untagClaim } from "@/lib/entities/tag";

// The form refreshes this page after a success (see review-actions.ts); the
// board's entity menu is read fresh on every visit.

export const tagClaimAction = formAction("claim.tag", entityTagSchema, async (tag, actor) => {
  const { entity, added } = await tagClaim(actor, tag);
  const t = await getTranslations("entities");
  const named = { name: entity.name, kind: t(`kindInline.${entity.kind}`) };
  return added ? t("done.tagged", named) : t("done.alreadyTagged", named);
});

export const untagClaimAction = formAction(
  "claim.untag",
  entityUntagSchema,
  async (untag, actor) => {
    await untagClaim(actor, untag);
    return (await getTranslations("entities.done"))("removed");
  },
);
