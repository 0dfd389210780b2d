import { z } from "zod";

/** What an editor types to create a token: a name to recognise it by later. */
export const createApiTokenSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Name the token after the script or machine that will use it.")
    .max(80, "Keep the name under 80 characters."),
});

export const revokeApiTokenSchema = z.object({
  tokenId: z.uuid("Unknown token."),
});
