"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/i18n/get-translations";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/tokens";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/api-tokens/token-fields";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";

/** The form's state after creating a token: the token itself, this once. */
export type CreatedTokenState = FormState & { token?: string };

export const createApiTokenAction = formAction(
  "api_token.create",
  createApiTokenSchema,
  async (input, actor) => {
    const created = await createApiToken(actor, input);
    revalidatePath("/export/tokens");
    // formAction hands an object result to the form as it is, token included
    const result: CreatedTokenState = {
      status: "success",
      message: (await getTranslations("tokens.done"))("created", { name: created.name }),
      token: created.token,
    };
    return result;
  },
);

export const revokeApiTokenAction = formAction(
  "api_token.revoke",
  revokeApiTokenSchema,
  async ({ tokenId }, actor) => {
    await revokeApiToken(actor, tokenId);
    revalidatePath("/export/tokens");
    return (await getTranslations("tokens.done"))("revoked");
  },
);
