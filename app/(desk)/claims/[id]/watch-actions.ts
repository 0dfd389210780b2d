"use server";

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
    return watching
      ? "You watch this claim: its news comes to your notifications."
      : "You no longer watch this claim.";
  },
);
