import { z } from "zod";
import { ENTITY_NAME_MAX_LENGTH } from "@/lib/entities/kinds";
import { parseHostList } from "./hosts";
import { SOURCE_HOSTS_MAX, sourceKinds } from "./kinds";

/**
 * What the source forms send, validated once: the actions parse with these
 * for field errors and the data layer parses again for callers that are not
 * the forms (lib/sources/*.ts).
 */
const id = (what: string, message = `Unknown ${what}.`) =>
  z.coerce.number().int().positive(message);
const version = z.coerce.number().int().min(0);

export const sourceNameField = z
  .string("claimSources.errors.nameMissing")
  // one space between words, so "Nezavisimaya  Gazeta " and "Nezavisimaya Gazeta" are one source
  .transform((name) => name.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "claimSources.errors.nameRequired")
      .max(ENTITY_NAME_MAX_LENGTH, "claimSources.errors.nameTooLong"),
  );

export const sourceKindField = z.enum(sourceKinds, "claimSources.errors.kind");

/** Naming a source a claim rests on: one the desk knows, or a new one. */
export const claimSourceSchema = z.object({
  claimId: id("claim", "claimSources.errors.unknownClaim"),
  name: sourceNameField,
  kind: sourceKindField,
});
export type ClaimSourceInput = z.output<typeof claimSourceSchema>;

export const claimSourceRemovalSchema = z.object({
  claimId: id("claim", "claimSources.errors.unknownClaim"),
  sourceId: id("source", "claimSources.errors.unknownSource"),
});

/** The hosts as typed (one per line), or a list already read: parsing the output again gives it back. */
export const hostListField = z
  .preprocess(
    (value) => (Array.isArray(value) ? value.join("\n") : (value ?? "")),
    z.string().max(4000, "sourcesPage.errors.hostsTooLong"),
  )
  .transform((text, ctx) => {
    const { hosts, invalid } = parseHostList(text);
    if (invalid.length > 0) {
      ctx.addIssue({ code: "custom", message: "sourcesPage.errors.notAHost" });
    }
    if (hosts.length > SOURCE_HOSTS_MAX) {
      // the limit travels with the issue, for the message to name it
      ctx.addIssue({
        code: "custom",
        message: "sourcesPage.errors.tooManyHosts",
        maximum: SOURCE_HOSTS_MAX,
      });
    }
    return hosts;
  });

/** An editor's change to a source: its name, kind and hosts, from the version they opened. */
export const sourceEditSchema = z.object({
  sourceId: id("source"),
  version: version.pipe(z.number().positive()),
  name: sourceNameField,
  kind: sourceKindField,
  hosts: hostListField,
});
export type SourceEdit = z.output<typeof sourceEditSchema>;

/** Merging `sourceId` (the page's source, at `version`) into `intoId`, which is kept. */
export const sourceMergeSchema = z
  .object({
    sourceId: id("source"),
    version: version.pipe(z.number().positive()),
    intoId: z.coerce
      .number("sourcesPage.errors.chooseKeep")
      .int()
      .positive("sourcesPage.errors.chooseKeep"),
  })
  .refine((merge) => merge.sourceId !== merge.intoId, {
    message: "sourcesPage.errors.notItself",
    path: ["intoId"],
  });
export type SourceMerge = z.output<typeof sourceMergeSchema>;

/** A report's outlet; `version` 0 when the report has none yet. */
export const reportSourceSchema = z.object({
  reportId: id("report"),
  version,
  name: sourceNameField,
  kind: z.enum(["outlet", "organisation"], "sourcesPage.errors.outletKind"),
});
export type ReportSourceInput = z.output<typeof reportSourceSchema>;
