import { z } from "zod";
import { claimIdField } from "@/lib/form-fields";
import { reliabilityGrades } from "@/lib/review/grades";
import { RATING_NOTE_MAX_LENGTH } from "./rating-note";

/** A rating as the form and the data layer understand it. */
export const ratingSchema = z.object({
  claimId: claimIdField,
  reliability: z.enum(reliabilityGrades, "Choose a source reliability grade from A to F."),
  credibility: z.coerce
    .number("Choose an information credibility grade from 1 to 6.")
    .int("Choose an information credibility grade from 1 to 6.")
    .min(1, "Choose an information credibility grade from 1 to 6.")
    .max(6, "Choose an information credibility grade from 1 to 6."),
  note: z
    .string()
    .trim()
    .max(
      RATING_NOTE_MAX_LENGTH,
      `Keep the note under ${RATING_NOTE_MAX_LENGTH.toLocaleString("en")} characters.`,
    )
    .optional()
    .transform((value) => value || null),
});

export type RatingInput = z.output<typeof ratingSchema>;
