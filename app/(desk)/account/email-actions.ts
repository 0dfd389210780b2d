"use server";

import { z } from "zod";
import { formAction } from "@/lib/form-action";
import { deliveredKinds, emailDeliveries, type DeliveredKind } from "@/lib/notifications/kinds";
import { setEmailChoices } from "@/lib/notifications/preferences";

const choice = z.enum(emailDeliveries, "Choose at once, daily digest or off.");

export const saveEmailChoicesAction = formAction(
  "notification.preferences",
  z.object(
    Object.fromEntries(deliveredKinds.map((kind) => [kind, choice])) as Record<
      DeliveredKind,
      typeof choice
    >,
  ),
  async (choices, actor) => {
    const changed = await setEmailChoices(actor, choices);
    return changed === 0 ? "No changes." : "Email settings saved.";
  },
);
