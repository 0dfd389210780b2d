"use server";

import { getTranslations } from "@/lib/i18n/get-translations";
import { z } from "zod";
import { formAction } from "@/lib/form-action";
import { idField } from "@/lib/form-fields";
import { addRelation } from "@/lib/relations/add";
import { newRelationSchema } from "@/lib/relations/fields";
import { removeRelation } from "@/lib/relations/remove";

// Both cards list the link and both statuses may change. The form refreshes
// this page after a success (see review-actions.ts); the other card, the
// board and the timeline are dynamic pages, rendered fresh when visited, and
// open ones hear of the change through the live feed.

export const addRelationAction = formAction(
  "relation.add",
  newRelationSchema,
  async (relation, actor) => {
    await addRelation(actor, relation);
    return (await getTranslations("relations.done"))("linked");
  },
);

export const removeRelationAction = formAction(
  "relation.remove",
  z.object({ relationId: idField("link") }),
  async ({ relationId }, actor) => {
    await removeRelation(actor, relationId);
    return (await getTranslations("relations.done"))("removed");
  },
);
