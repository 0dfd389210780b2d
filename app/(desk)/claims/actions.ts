"use server";

import { revalidatePath } from "next/cache";
import { createClaim } from "@/lib/claims/create";
import { newClaimSchema } from "@/lib/claims/claim-fields";
import { formAction } from "@/lib/form-action";

export const createClaimAction = formAction(
  "claim.create",
  newClaimSchema,
  async (input, actor) => {
    const { claimId } = await createClaim(actor, input);
    revalidatePath(`/reports/${input.reportId}`);
    revalidatePath("/claims");
    return {
      status: "success",
      message:
        input.sameAsClaimId === null
          ? `Claim ${claimId} made; its quote is now highlighted in the text.`
          : `Claim ${claimId} made and linked as the same claim as claim ${input.sameAsClaimId}; its quote is now highlighted in the text.`,
      link: { href: `/claims/${claimId}`, label: "Open the card" },
    };
  },
);
