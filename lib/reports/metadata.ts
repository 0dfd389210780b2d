import { z } from "zod";
import { isWebAddress } from "@/lib/web-address";

/** Form fields arrive as "" when left blank; the desk stores unknown metadata as null. */
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is at most ${max} characters.`)
    .transform((value) => value || null)
    .nullish()
    .transform((value) => value ?? null);

/**
 * What the desk knows about a report besides its text. Only the title is
 * required: a fact-checker records what the page tells and leaves the rest
 * empty rather than guessing.
 */
export const reportMetadataSchema = z.object({
  title: z
    .string("Give the report a title.")
    .trim()
    .min(1, "Give the report a title.")
    .max(300, "A title is at most 300 characters."),
  outlet: optionalText(200, "The outlet"),
  author: optionalText(200, "The author"),
  url: z
    .string()
    .trim()
    .max(2000, "A URL is at most 2000 characters.")
    .refine(
      (value) => value === "" || isWebAddress(value),
      "Enter the web address the report was published at, starting with http:// or https://.",
    )
    .transform((value) => value || null)
    .nullish()
    .transform((value) => value ?? null),
  publishedOn: z
    .union([z.literal(""), z.iso.date("Enter the publication date as YYYY-MM-DD.")])
    .transform((value) => value || null)
    .nullish()
    .transform((value) => value ?? null),
  /** a language code; left empty, the desk tells it from the text's script */
  language: z
    .string()
    .trim()
    .regex(/^([a-zA-Z]{2,3}([-_][a-zA-Z0-9]{1,8})*)?$/, "Enter a language code such as ar or en.")
    .transform((value) => value.split(/[-_]/)[0]!.toLowerCase() || null)
    .nullish()
    .transform((value) => value ?? null),
});

export type ReportMetadata = z.output<typeof reportMetadataSchema>;
