"use server";

import { formAction } from "@/lib/form-action";
import { reportSourceSchema } from "@/lib/sources/fields";
import { setReportSource } from "@/lib/sources/report-source";

export const setReportSourceAction = formAction(
  "report.set_source",
  reportSourceSchema,
  async (input, actor) => {
    const { source, changed } = await setReportSource(actor, input);
    return changed
      ? `The report's outlet is now “${source.name}”.`
      : `The report's outlet was already “${source.name}”.`;
  },
);
