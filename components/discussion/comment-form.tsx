"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { postCommentAction } from "@/app/(desk)/claims/[id]/discussion-actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import type { FormState } from "@/lib/form-state";
import { MarkdownHint } from "./markdown-hint";
import { MentionTextArea } from "./mention-text-area";

/**
 * A new comment at the foot of the discussion. It posts without JavaScript
 * too; with it, the text survives a refusal and is cleared once posted.
 */
export function CommentForm({ claimId, maxLength }: { claimId: number; maxLength: number }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(postCommentAction, {
    refreshOnSuccess: true,
  });
  const [body, setBody] = useState("");
  const t = useTranslations("discussion.form");
  // clear the box once per successful post (React's "adjust state on change" pattern)
  const [answered, setAnswered] = useState<FormState>(state);
  if (state !== answered) {
    setAnswered(state);
    if (state.status === "success") setBody("");
  }

  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="parentId" value="" />
      <MentionTextArea
        label={t("add")}
        name="body"
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        rows={4}
        dir="auto"
        hint={<MarkdownHint maxLength={maxLength} />}
        errors={state.fieldErrors?.body}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("posting")}>
          {t("post")}
        </SubmitButton>
      </div>
    </form>
  );
}
