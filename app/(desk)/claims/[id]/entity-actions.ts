"use server";

import { formAction } from "@/lib/form-action";
import { entityTagSchema, entityUntagSchema } from "@/lib/entities/fields";
import { entityKindLabels } from "@/lib/entities/kinds";
import { tagClaim, untagClaim } from "@/lib/entities/tag";

// The form refreshes this page after a success (see review-actions.ts); the
// board's entity menu is read fresh on every visit.

export const tagClaimAction = formAction("claim.tag", entityTagSchema, async (tag, actor) => {
  const { entity, added } = await tagClaim(actor, tag);
  const named = `${entity.name} (${entityKindLabels[entity.kind].toLowerCase()})`;
  return added ? `Tagged ${named}.` : `${named} was already tagged.`;
});

export const untagClaimAction = formAction(
  "claim.untag",
  entityUntagSchema,
  async (untag, actor) => {
    await untagClaim(actor, untag);
    return "Tag removed.";
  },
);
