import "server-only";
import { z } from "zod";
import { relationKind } from "@/db/schema";
import { claimIdField, idField } from "@/lib/form-fields";

export const RELATION_NOTE_MAX_LENGTH = 1000;

/** A link between two claims as the form sends it; the data layer checks the rules again. */
export const newRelationSchema = z.object({
  claimId: claimIdField,
  otherClaimId: idField("claim", "relations.errors.chooseClaim"),
  kind: z.enum(relationKind.enumValues, "relations.errors.kind"),
  note: z.string().trim().max(RELATION_NOTE_MAX_LENGTH, "relations.errors.noteTooLong").default(""),
});

export type NewRelation = z.output<typeof newRelationSchema>;
