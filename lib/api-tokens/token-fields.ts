import { z } from "zod";

/** What an editor types to create a token: a name to recognise it by later. */
export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "tokens.errors.nameRequired").max(80, "tokens.errors.nameTooLong"),
});

export const revokeApiTokenSchema = z.object({
  tokenId: z.uuid("tokens.errors.unknown"),
});
