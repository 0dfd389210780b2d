import { z } from "zod";
import { claimIdField, idField } from "@/lib/form-fields";
import { STATEMENT_MAX_LENGTH } from "./statement-length";

export { STATEMENT_MAX_LENGTH };

/** The fields a card's author writes, shared by the "Make claim" and "Edit claim" forms. */
export const statementField = z
  .string()
  .trim()
  .min(1, "claim.errors.statementRequired")
  .max(STATEMENT_MAX_LENGTH, "claim.errors.statementTooLong");
export const attributionField = z
  .string()
  .trim()
  .max(500, "claim.errors.attributionTooLong")
  .default("");
export const eventDateField = z
  .union([z.literal(""), z.iso.date("claim.errors.eventDate")])
  .optional()
  .transform((value) => value || null);
export const eventDatePrecisionField = z
  .enum(["day", "month", "year"], "claim.errors.precision")
  .default("day");

const optionalOffset = z
  .union([z.literal(""), z.coerce.number().int().min(0)])
  .optional()
  .transform((value) => (value === "" || value === undefined ? null : value));

/**
 * A new claim card as the "Make claim" form and the data layer understand it.
 * Offsets come from the reader's selection; a quote typed or pasted by hand
 * arrives without them and is looked up in the report text instead. With
 * `sameAsClaimId` the card is made already linked as the same claim as that one.
 */
export const newClaimSchema = z
  .object({
    reportId: idField("report"),
    statement: statementField,
    quote: z
      .string()
      .min(1, "Select the passage the claim comes from, or paste it word for word.")
      .max(5000, "A quote is at most 5000 characters: choose the sentence that makes the claim."),
    quoteStart: optionalOffset,
    quoteEnd: optionalOffset,
    attribution: attributionField,
    eventDate: eventDateField,
    eventDatePrecision: eventDatePrecisionField,
    /** an existing claim the desk showed as looking the same, which the new card is linked to */
    sameAsClaimId: z
      .union([z.literal(""), claimIdField])
      .optional()
      .transform((value) => (value === "" || value === undefined ? null : value)),
  })
  .refine((claim) => (claim.quoteStart === null) === (claim.quoteEnd === null), {
    message: "The selection lost one of its ends. Select the passage again.",
    path: ["quote"],
  });

export type NewClaim = z.output<typeof newClaimSchema>;
