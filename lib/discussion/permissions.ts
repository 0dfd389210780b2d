import "server-only";
import type { Comment, User } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/authorization";
import { isAuthorOrEditor } from "@/lib/auth/roles";

/**
 * Who may change a comment. Only its author may reword it (an editor putting
 * words in a reviewer's mouth would defeat the history); the author or an
 * editor may take it down. The thread uses the same rules to decide which
 * controls to show, so a button is never offered that the server would refuse.
 */
type Authored = Pick<Comment, "authorId">;

export function mayEditComment(actor: User, comment: Authored): boolean {
  return comment.authorId === actor.id;
}

export function mayDeleteComment(actor: User, comment: Authored): boolean {
  return isAuthorOrEditor(actor, comment.authorId);
}

export function assertMayEditComment(actor: User, comment: Authored): void {
  if (!mayEditComment(actor, comment)) {
    throw new ForbiddenError("owner", "Only the author of a comment can edit it.");
  }
}

export function assertMayDeleteComment(actor: User, comment: Authored): void {
  if (!mayDeleteComment(actor, comment)) {
    throw new ForbiddenError("editor", "Only the author or an editor can delete a comment.");
  }
}
