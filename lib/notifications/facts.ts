import "server-only";
import { claims, notifications, users } from "@/db/schema";

/**
 * What a notification's sentence and link are made from (sentence.ts), as
 * columns of a query over notifications joined to its claim (inner) and its
 * actor (left, as `users`): the inbox and the emails read the same facts.
 */
export const notificationFactColumns = {
  id: notifications.id,
  kind: notifications.kind,
  claimId: notifications.claimId,
  commentId: notifications.commentId,
  detail: notifications.detail,
  createdAt: notifications.createdAt,
  statement: claims.statement,
  actorName: users.displayName,
};
