"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/form-action";
import { addRelation } from "@/lib/relations/add";
import { newRelationSchema } from "@/lib/relations/fields";
import { removeRelation } from "@/lib/relations/remove";

/** Both cards list the link and both statuses may change; the board and timeline show both. */
function revalidateClaims(claimIds: number[]) {
  for (const claimId of claimIds) revalidatePath(`/claims/${claimId}`);
  revalidatePath("/claims");
  revalidatePath("/timeline");
}

export const addRelationAction = formAction(
  "relation.add",
  newRelationSchema,
  async (relation, actor) => {
    await addRelation(actor, relation);
    revalidateClaims([relation.claimId, relation.otherClaimId]);
    return "Claims linked. Both cards now show the link.";
  },
);

export const removeRelationAction = formAction(
  "relation.remove",
  z.object({ relationId: z.coerce.number().int().positive("Unknown link.") }),
  async ({ relationId }, actor) => {
    const { claimIds } = await removeRelation(actor, relationId);
    revalidateClaims(claimIds);
    return "Link removed.";
  },
);
