import "server-only";
import { z } from "zod";
import { evidenceStance } from "@/db/schema";
import { RuleViolation } from "@/lib/errors";
import { isWebAddress } from "@/lib/web-address";
import { publicAddressProblem } from "./public-address";

/**
 * An evidence link as the form sends it and the data layer stores it. The
 * schema is idempotent (its output parses again to itself), so the action
 * validates with it for field errors and the data layer validates again with
 * it for callers that are not the form. Addresses are not trimmed: a space or
 * control character in front of `javascript:` is exactly the trick to refuse.
 */
export const URL_MAX_LENGTH = 2048;

const webAddressMessage = "Enter the address of a web page, starting with http:// or https://.";

const webAddress = z
  .string(webAddressMessage)
  .max(URL_MAX_LENGTH, `Keep the address under ${URL_MAX_LENGTH} characters.`)
  // abort: a script address gets one message, not a second about its host
  .refine(isWebAddress, { message: webAddressMessage, abort: true })
  .superRefine((value, ctx) => {
    const problem = publicAddressProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** Blank becomes null; anything else is trimmed and checked by `schema`. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    if (value === undefined || value === null) return null;
    if (typeof value !== "string") return value;
    return value.trim() === "" ? null : value;
  }, schema.nullable());
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The earliest publication date the desk takes. Sources it checks are
 * modern; a year like 0001 or 0202 is a slip of the keyboard or a date
 * picker's blank, and would be shown as if it were true.
 */
const EARLIEST_PUBLISHED_ON = "1900-01-01";

export const evidenceFieldsSchema = z.object({
  url: z.string(webAddressMessage).min(1, "Paste the link to the source.").pipe(webAddress),
  title: z
    .string("Give the source's title.")
    .trim()
    .min(1, "Give the source's title, as the page shows it.")
    .max(300, "Keep the title under 300 characters."),
  outlet: optional(z.string().trim().max(200, "Keep the outlet under 200 characters.")),
  publishedOn: optional(
    z.iso
      .date("Enter the date as YYYY-MM-DD.")
      // a day of slack: it is already tomorrow somewhere the source was published
      .refine(
        (day) => day <= isoDay(Date.now() + 86_400_000),
        "A source cannot be published in the future.",
      )
      .refine(
        (day) => day >= EARLIEST_PUBLISHED_ON,
        "Enter a date from 1900 on; check the year for a typing slip.",
      ),
  ),
  archiveUrl: optional(webAddress),
  stance: z.enum(
    evidenceStance.enumValues,
    "Say whether the source supports, contradicts or gives context.",
  ),
  quote: optional(z.string().trim().max(5000, "Keep the quote under 5000 characters.")),
});

export type EvidenceFields = z.output<typeof evidenceFieldsSchema>;

export const retractionReasonSchema = z
  .string("Say why the evidence is retracted.")
  .trim()
  .min(1, "Say why the evidence is retracted; the reason stays on the card.")
  .max(1000, "Keep the reason under 1000 characters.");

/** Parses with `schema`, turning the first problem into a field error the form can show. */
export function parseOrRefuse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  field?: string,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.length > 0 ? String(issue.path[0]) : field;
  throw new RuleViolation(issue.message, path);
}
