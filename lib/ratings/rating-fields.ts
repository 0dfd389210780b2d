import { z } from "zod";
import { claimIdField } from "@/lib/form-fields";
import { reliabilityGrades } from "@/lib/review/grades";
import { RATING_NOTE_MAX_LENGTH } from "./rating-note";

/** A rating as the form and the data layer understand it. */
export const ratingSchema = z.object({
  claimId: claimIdField,
  reliability: z.enum(reliabilityGrades, "review.errors.reliability"),
  credibility: z.coerce
    .number("review.errors.credibility")
    .int("review.errors.credibility")
    .min(1, "review.errors.credibility")
    .max(6, "review.errors.credibility"),
  note: z
    .string()
    .trim()
    .max(RATING_NOTE_MAX_LENGTH, "review.errors.noteTooLong")
    .optional()
    .transform((value) => value || null),
});

export type RatingInput = z.output<typeof ratingSchema>;
