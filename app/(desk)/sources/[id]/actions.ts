"use server";

import { formAction } from "@/lib/form-action";
import { editSource } from "@/lib/sources/edit";
import { sourceEditSchema, sourceMergeSchema } from "@/lib/sources/fields";
import { mergeSources } from "@/lib/sources/merge";

export const editSourceAction = formAction(
  "source.edit",
  sourceEditSchema,
  async (input, actor) => {
    const { evidenceGiven } = await editSource(actor, input);
    return evidenceGiven === 0
      ? "Source saved."
      : evidenceGiven === 1
        ? "Source saved. 1 evidence link on its hosts is now counted as its evidence."
        : `Source saved. ${evidenceGiven} evidence links on its hosts are now counted as its evidence.`;
  },
);

export const mergeSourcesAction = formAction(
  "source.merge",
  sourceMergeSchema,
  async (input, actor) => {
    const { kept } = await mergeSources(actor, input);
    return {
      status: "success",
      message: `Merged into “${kept.name}”: its claims, reports, evidence and hosts are there now.`,
      link: { href: `/sources/${kept.id}`, label: "Open the kept source" },
    };
  },
);
