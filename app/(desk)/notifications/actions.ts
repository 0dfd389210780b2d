"use server";

import { z } from "zod";
import { formAction } from "@/lib/form-action";
import { idField } from "@/lib/form-fields";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/inbox";

export const markNotificationReadAction = formAction(
  "notification.read",
  z.object({ notificationId: idField("notification") }),
  async ({ notificationId }, actor) => {
    await markNotificationRead(actor, notificationId);
    return "Marked read.";
  },
);

export const markAllNotificationsReadAction = formAction(
  "notification.read_all",
  z.object({}),
  async (_input, actor) => {
    const marked = await markAllNotificationsRead(actor);
    return marked === 0
      ? "Nothing was unread."
      : `Marked ${marked} ${marked === 1 ? "notification" : "notifications"} read.`;
  },
);
