"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/i18n/get-translations";
import { createClaim } from "@/lib/claims/create";
import { newClaimSchema } from "@/lib/claims/claim-fields";
import { formAction } from "@/lib/form-action";

export const createClaimAction = formAction(
  "claim.create",
  newClaimSchema,
  async (input, actor) => {
    const { claimId } = await createClaim(actor, input);
    const t = await getTranslations("makeClaim");
    revalidatePath(`/reports/${input.reportId}`);
    revalidatePath("/claims");
    return {
      status: "success",
      message:
        input.sameAsClaimId === null
          ? t("made", { id: String(claimId) })
          : t("madeAndLinked", { id: String(claimId), sameAs: String(input.sameAsClaimId) }),
      link: { href: `/claims/${claimId}`, label: t("openCard") },
    };
  },
);
