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
        .min(1, "entities.errors.nameRequired")
        .max(ENTITY_NAME_MAX_LENGTH, "entities.errors.nameTooLong"),
    ),
  kind: z.enum(entityKinds, "entities.errors.kind"),
});

export type EntityTag = z.output<typeof entityTagSchema>;

export const entityUntagSchema = z.object({
  claimId: claimIdField,
  entityId: idField("entity", "entities.errors.unknownEntity"),
});
