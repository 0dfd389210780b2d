"use server";

import { getTranslations } from "@/lib/i18n/get-translations";
import { formAction } from "@/lib/form-action";
import { editSource } from "@/lib/sources/edit";
import { sourceEditSchema, sourceMergeSchema } from "@/lib/sources/fields";
import { mergeSources } from "@/lib/sources/merge";

export const editSourceAction = formAction(
  "source.edit",
  sourceEditSchema,
  async (input, actor) => {
    const { evidenceGiven } = await editSource(actor, input);
    return (await getTranslations("sourcesPage.edit"))("saved", { count: evidenceGiven });
  },
);

export const mergeSourcesAction = formAction(
  "source.merge",
  sourceMergeSchema,
  async (input, actor) => {
    const { kept } = await mergeSources(actor, input);
    const t = await getTranslations("sourcesPage.merge");
    return {
      status: "success",
      message: t("done", { name: kept.name }),
      link: { href: `/sources/${kept.id}`, label: t("open") },
    };
  },
);
