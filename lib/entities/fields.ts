import { z } from "zod";
import { claimIdField, idField } from "@/lib/form-fields";
import { ENTITY_NAME_MAX_LENGTH, entityKinds } from "./kinds";

/** Naming who or where a claim is about: an entity the desk knows, or a new one. */
export const entityTagSchema = z.object({
  claimId: claimIdField,
  name: z
    .string()
    // one space between words, so "Taliban  " and "Taliban" are one entity
    .transform((name) => name.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, "Name the country, person, organisation or place.")
        .max(ENTITY_NAME_MAX_LENGTH, `Keep the name under ${ENTITY_NAME_MAX_LENGTH} characters.`),
    ),
  kind: z.enum(entityKinds, "Say whether it is a country, a person, an organisation or a place."),
});

export type EntityTag = z.output<typeof entityTagSchema>;

export const entityUntagSchema = z.object({
  claimId: claimIdField,
  entityId: idField("entity"),
});
