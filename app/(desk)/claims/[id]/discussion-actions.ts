"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/i18n/get-translations";
import { z } from "zod";
import { formAction } from "@/lib/form-action";
import { claimIdField, idField, versionField } from "@/lib/form-fields";
import { VersionConflict } from "@/lib/errors";
import { COMMENT_BODY_MAX_LENGTH } from "@/lib/discussion/body";
import {
  createComment,
  deleteComment,
  editComment,
  type CommentConflict,
} from "@/lib/discussion/write";

// A write that succeeds answers with its message alone and the form refreshes
// the page (see review-actions.ts); only a version conflict re-renders the
// page in its answer, below.
const body = z
  .string("discussion.errors.empty")
  .trim()
  .min(1, "discussion.errors.empty")
  .max(COMMENT_BODY_MAX_LENGTH, "discussion.errors.tooLong");

export const postCommentAction = formAction(
  "comment.create",
  z.object({
    claimId: claimIdField,
    // a top-level comment sends the field empty
    parentId: z.preprocess(
      (value) => (value === "" ? undefined : value),
      idField("comment").optional(),
    ),
    body,
  }),
  async ({ claimId, parentId, body }, actor) => {
    await createComment(actor, { claimId, parentId, body });
    const t = await getTranslations("discussion");
    return parentId ? t("replyPosted") : t("posted");
  },
);

export const editCommentAction = formAction(
  "comment.edit",
  z.object({ commentId: idField("comment"), version: versionField, body }),
  async ({ commentId, version, body }, actor) => {
    const result = await refreshOnConflict(
      editComment(actor, { commentId, version, body }),
      "edit",
    );
    const t = await getTranslations("discussion");
    return result.changed ? t("saved") : t("noChanges");
  },
);

export const deleteCommentAction = formAction(
  "comment.delete",
  z.object({ commentId: idField("comment"), version: versionField }),
  async ({ commentId, version }, actor) => {
    const result = await refreshOnConflict(deleteComment(actor, { commentId, version }), "delete");
    const t = await getTranslations("discussion");
    return result.changed ? t("deleted") : t("alreadyDeleted");
  },
);

/**
 * On a version conflict the page is refreshed before the message goes back,
 * so the reviewer sees the comment as it is now above the words they typed,
 * which the form keeps: both versions side by side, nothing overwritten. A
 * comment deleted meanwhile is not refreshed away, or the form would go too.
 */
async function refreshOnConflict<T>(write: Promise<T>, change: "edit" | "delete"): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    const current = error.current as CommentConflict;
    if (current.deleted) {
      if (change === "delete") throw error;
      throw new VersionConflict("discussion.conflict.deletedKept", current, error.values);
    }
    revalidatePath(`/claims/${current.claimId}`);
    const shown =
      change === "edit"
        ? "discussion.conflict.editShowsCurrent"
        : "discussion.conflict.deleteShowsCurrent";
    throw new VersionConflict(shown, current, error.values);
  }
}
