"use server";

import { getTranslations } from "@/lib/i18n/get-translations";
import { z } from "zod";
import { formAction } from "@/lib/form-action";
import { claimIdField } from "@/lib/form-fields";
import { setWatching } from "@/lib/notifications/watch";

export const setWatchingAction = formAction(
  "claim_watch.set",
  z.object({
    claimId: claimIdField,
    watching: z.enum(["true", "false"]).transform((value) => value === "true"),
  }),
  async ({ claimId, watching }, actor) => {
    await setWatching(actor, claimId, watching);
    const t = await getTranslations("claim.watch");
    return watching ? t("started") : t("stopped");
  },
);
