"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/i18n/get-translations";
import { z } from "zod";
import { setFirstStepsShown } from "@/lib/first-steps/first-steps";
import { formAction } from "@/lib/form-action";

/** Shows or hides the dashboard's first steps for the signed-in account, remembered. */
export const setFirstStepsShownAction = formAction(
  "first_steps.set",
  z.object({ shown: z.enum(["true", "false"], "dashboard.firstSteps.sayWhether") }),
  async (input, actor) => {
    const shown = input.shown === "true";
    await setFirstStepsShown(actor, shown);
    revalidatePath("/dashboard");
    const t = await getTranslations("dashboard.firstSteps");
    return shown ? t("shown") : t("hidden");
  },
);
