"use server";

import { getTranslations } from "@/lib/i18n/get-translations";
import { formAction } from "@/lib/form-action";
import { reportSourceSchema } from "@/lib/sources/fields";
import { setReportSource } from "@/lib/sources/report-source";

export const setReportSourceAction = formAction(
  "report.set_source",
  reportSourceSchema,
  async (input, actor) => {
    const { source, changed } = await setReportSource(actor, input);
    const t = await getTranslations("reports.answers");
    return t(changed ? "outletSet" : "outletAlready", { name: source.name });
  },
);
