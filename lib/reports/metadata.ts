import { z } from "zod";
import { isWebAddress } from "@/lib/web-address";

/** Form fields arrive as "" when left blank; the desk stores unknown metadata as null. */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
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
    .string("reports.errors.titleRequired")
    .trim()
    .min(1, "reports.errors.titleRequired")
    .max(300, "reports.errors.titleTooLong"),
  outlet: optionalText(200, "reports.errors.outletTooLong"),
  author: optionalText(200, "reports.errors.authorTooLong"),
  url: z
    .string()
    .trim()
    .max(2000, "reports.errors.urlTooLong")
    .refine((value) => value === "" || isWebAddress(value), "reports.errors.url")
    .transform((value) => value || null)
    .nullish()
    .transform((value) => value ?? null),
  publishedOn: z
    .union([z.literal(""), z.iso.date("reports.errors.publishedOn")])
    .transform((value) => value || null)
    .nullish()
    .transform((value) => value ?? null),
  /** a language code; left empty, the desk tells it from the text's script */
  language: z
    .string()
    .trim()
    .regex(/^([a-zA-Z]{2,3}([-_][a-zA-Z0-9]{1,8})*)?$/, "reports.errors.language")
    .transform((value) => value.split(/[-_]/)[0]!.toLowerCase() || null)
    .nullish()
    .transform((value) => value ?? null),
});

export type ReportMetadata = z.output<typeof reportMetadataSchema>;
