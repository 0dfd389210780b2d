"use server";

import { getTranslations } from "@/lib/i18n/get-translations";
import { z } from "zod";
import { formAction } from "@/lib/form-action";
import { deliveredKinds, emailDeliveries, type DeliveredKind } from "@/lib/notifications/kinds";
import { setEmailChoices } from "@/lib/notifications/preferences";

const choice = z.enum(emailDeliveries, "account.email.chooseDelivery");

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
    const t = await getTranslations("account.email");
    return changed === 0 ? t("noChanges") : t("saved");
  },
);
