import "server-only";
import { z } from "zod";
import { evidenceStance } from "@/db/schema";
import { issueRefusal } from "@/lib/errors";
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

const webAddressMessage = "evidence.errors.webAddress";

const webAddress = z
  .string(webAddressMessage)
  .max(URL_MAX_LENGTH, "evidence.errors.urlTooLong")
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
  url: z.string(webAddressMessage).min(1, "evidence.errors.urlRequired").pipe(webAddress),
  title: z
    .string("evidence.errors.titleMissing")
    .trim()
    .min(1, "evidence.errors.titleRequired")
    .max(300, "evidence.errors.titleTooLong"),
  outlet: optional(z.string().trim().max(200, "evidence.errors.outletTooLong")),
  publishedOn: optional(
    z.iso
      .date("evidence.errors.dateFormat")
      // a day of slack: it is already tomorrow somewhere the source was published
      .refine((day) => day <= isoDay(Date.now() + 86_400_000), "evidence.errors.dateInFuture")
      .refine((day) => day >= EARLIEST_PUBLISHED_ON, "evidence.errors.dateTooEarly"),
  ),
  archiveUrl: optional(webAddress),
  stance: z.enum(evidenceStance.enumValues, "evidence.errors.stance"),
  quote: optional(z.string().trim().max(5000, "evidence.errors.quoteTooLong")),
});

export type EvidenceFields = z.output<typeof evidenceFieldsSchema>;

export const retractionReasonSchema = z
  .string("evidence.errors.reasonMissing")
  .trim()
  .min(1, "evidence.errors.reasonRequired")
  .max(1000, "evidence.errors.reasonTooLong");

/** Parses with `schema`, turning the first problem into a field error the form can show. */
export function parseOrRefuse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  field?: string,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw issueRefusal(parsed.error.issues[0]!, field);
}
