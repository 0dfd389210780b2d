"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { z } from "zod";
import { describeDraft, draftReportFromLink, type DraftWords } from "@/lib/reports/from-link";
import { importReport } from "@/lib/reports/import";
import { reportMetadataSchema } from "@/lib/reports/metadata";
import { replaceReportText, type ReplaceOutcome } from "@/lib/reports/replace-text";
import { restoreReportText } from "@/lib/reports/restore-text";
import { reportTextFromForm } from "@/lib/reports/text-source";
import { formAction } from "@/lib/form-action";
import { idField, versionField } from "@/lib/form-fields";
import { dismissSuggestion, restoreSuggestion } from "@/lib/suggestions/for-report";

const textSource = {
  text: z.string().optional(),
  // an empty file input still sends a nameless, empty File
  file: z.instanceof(File).optional(),
};
const reportId = idField("report");

export const importReportAction = formAction(
  "report.import",
  reportMetadataSchema.extend(textSource),
  async ({ text, file, ...metadata }, actor) => {
    const source = await reportTextFromForm(text, file);
    const result = await importReport(actor, metadata, source.text);
    if (result.outcome === "duplicate") {
      const t = await getTranslations("reports.answers");
      return {
        status: "error",
        message: t("alreadyImported", { title: result.title }),
        link: { href: `/reports/${result.reportId}`, label: t("openExisting") },
      };
    }
    revalidatePath("/reports");
    redirect(`/reports/${result.reportId}?imported=1`);
  },
);

export const fetchReportFromLinkAction = formAction(
  "report.fetch",
  z.object({
    link: z
      .string("reports.errors.linkRequired")
      .trim()
      .min(1, "reports.errors.linkRequired")
      .max(2000, "reports.errors.linkTooLong"),
  }),
  async ({ link }, actor) => {
    const draft = await draftReportFromLink(actor, link);
    if (draft.duplicate) {
      const t = await getTranslations("reports.answers");
      return {
        status: "error",
        message: t("pageAlreadyImported", { title: draft.duplicate.title }),
        link: { href: `/reports/${draft.duplicate.reportId}`, label: t("openExisting") },
      };
    }
    const { url, title, outlet, author, publishedOn, language, text } = draft;
    const [words, format] = await Promise.all([getTranslations("reports.link"), getFormatter()]);
    return {
      status: "success",
      message: describeDraft(draft, words as unknown as DraftWords, (items) =>
        format.list(items, { type: "disjunction" }),
      ),
      fill: { url, title, outlet, author, publishedOn, language, text },
    };
  },
);

export const replaceReportTextAction = formAction(
  "report.replace_text",
  z.object({ reportId, version: versionField, ...textSource }),
  async ({ reportId, version, text, file }, actor) => {
    const source = await reportTextFromForm(text, file);
    return answerTextChange(await replaceReportText(actor, reportId, version, source.text));
  },
);

export const restoreReportTextAction = formAction(
  "report.restore_text",
  z.object({
    reportId,
    version: versionField,
    number: z.coerce.number().int().positive("reports.errors.unknownVersion"),
  }),
  async ({ reportId, version, number }, actor) =>
    answerTextChange(await restoreReportText(actor, reportId, number, version), number),
);

/** The form's answer to a new text: where it clashes, or the report with how its quotes fared. */
async function answerTextChange(result: ReplaceOutcome, restoredFrom?: number) {
  const t = await getTranslations("reports.answers");
  if (result.outcome === "duplicate") {
    return {
      status: "error" as const,
      message: t("belongsToAnother", { title: result.title }),
      link: { href: `/reports/${result.reportId}`, label: t("openThat") },
    };
  }
  if (result.outcome === "unchanged") {
    return { status: "success" as const, message: t("unchanged") };
  }
  revalidatePath(`/reports/${result.reportId}`);
  const { position, exact, fuzzy } = result.anchored;
  const params = new URLSearchParams({
    found: String(position + exact),
    approximate: String(fuzzy),
    orphaned: String(result.orphaned.length),
    ...(restoredFrom !== undefined && { restored: String(restoredFrom) }),
  });
  redirect(`/reports/${result.reportId}?${params}`);
}

const suggestion = z.object({
  reportId,
  key: z.string().regex(/^[0-9a-f]{16}$/, "reports.errors.unknownSuggestion"),
});

export const dismissSuggestionAction = formAction(
  "suggestion.dismiss",
  suggestion,
  async ({ reportId, key }, actor) => {
    await dismissSuggestion(actor, reportId, key);
    revalidatePath(`/reports/${reportId}`);
    return (await getTranslations("reports.suggestions"))("dismissed");
  },
);

export const restoreSuggestionAction = formAction(
  "suggestion.restore",
  suggestion,
  async ({ reportId, key }, actor) => {
    await restoreSuggestion(actor, reportId, key);
    revalidatePath(`/reports/${reportId}`);
    return (await getTranslations("reports.suggestions"))("restored");
  },
);
