"use server";

import { getTranslations } from "@/lib/i18n/get-translations";
import { z } from "zod";
import { formAction } from "@/lib/form-action";
import { idField } from "@/lib/form-fields";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/inbox";

export const markNotificationReadAction = formAction(
  "notification.read",
  z.object({ notificationId: idField("notification") }),
  async ({ notificationId }, actor) => {
    await markNotificationRead(actor, notificationId);
    return (await getTranslations("notifications.inbox"))("markedRead");
  },
);

export const markAllNotificationsReadAction = formAction(
  "notification.read_all",
  z.object({}),
  async (_input, actor) => {
    const marked = await markAllNotificationsRead(actor);
    const t = await getTranslations("notifications.inbox");
    return marked === 0 ? t("nothingUnread") : t("markedAll", { count: marked });
  },
);
