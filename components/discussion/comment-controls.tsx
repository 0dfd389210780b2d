"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/use-translations";
import { startTransition, useId, useState, type ReactNode } from "react";
import {
  deleteCommentAction,
  editCommentAction,
  postCommentAction,
} from "@/app/(desk)/claims/[id]/discussion-actions";
import { Button } from "@/components/ui/button";
import { dataText } from "@/components/ui/data-text";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useDraftVersion } from "@/components/ui/use-draft-version";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import type { FormState } from "@/lib/form-state";
import { MarkdownHint } from "./markdown-hint";
import { MentionTextArea } from "./mention-text-area";

type Panel = "reply" | "edit" | "delete";
type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * The reply, edit and delete controls under one comment, each opening its
 * form in place. The server decides which are offered (`can…`) and checks
 * again on submit. Deleting asks in the page, not in a browser dialog.
 */
export function CommentControls({
  claimId,
  comment,
  maxLength,
}: {
  claimId: number;
  comment: {
    id: number;
    version: number;
    /** the Markdown source, sent only when the edit form is offered */
    body?: string;
    authorName: string;
    canReply: boolean;
    canEdit: boolean;
    canDelete: boolean;
  };
  maxLength: number;
}) {
  const router = useRouter();
  const t = useTranslations("discussion.form");
  const [open, setOpen] = useState<Panel | null>(null);
  const [done, setDone] = useState<FormState | null>(null);
  const panelId = useId();
  const toggle = (panel: Panel) => {
    setDone(null);
    setOpen((current) => (current === panel ? null : panel));
  };
  // once the server accepts, the form closes and its message stays behind
  const closeOnSuccess =
    (action: Action): Action =>
    async (previous, formData) => {
      const next = await action(previous, formData);
      if (next.status === "success") {
        setOpen(null);
        setDone(next);
        // the action answers with its message alone; the thread renders again on its own
        startTransition(() => router.refresh());
      }
      return next;
    };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {comment.canReply && (
          <ToggleButton panel="reply" open={open} panelId={panelId} onToggle={toggle}>
            {t("reply")}
          </ToggleButton>
        )}
        {comment.canEdit && (
          <ToggleButton panel="edit" open={open} panelId={panelId} onToggle={toggle}>
            {t("edit")}
          </ToggleButton>
        )}
        {comment.canDelete && (
          <ToggleButton panel="delete" open={open} panelId={panelId} onToggle={toggle}>
            {t("delete")}
          </ToggleButton>
        )}
      </div>
      <div id={panelId}>
        {open === "reply" && (
          <TextForm
            action={closeOnSuccess(postCommentAction)}
            hidden={{ claimId, parentId: comment.id }}
            label={t.rich("replyTo", { name: comment.authorName, data: dataText })}
            submit={t("postReply")}
            pendingLabel={t("posting")}
            maxLength={maxLength}
            onCancel={() => setOpen(null)}
          />
        )}
        {open === "edit" && (
          <TextForm
            action={closeOnSuccess(editCommentAction)}
            hidden={{ commentId: comment.id }}
            version={comment.version}
            label={t("editYours")}
            defaultValue={comment.body}
            submit={t("saveChanges")}
            pendingLabel={t("saving")}
            maxLength={maxLength}
            onCancel={() => setOpen(null)}
          />
        )}
        {open === "delete" && (
          <DeleteForm
            action={closeOnSuccess(deleteCommentAction)}
            comment={comment}
            onCancel={() => setOpen(null)}
          />
        )}
        {open === null && done && <FormMessage state={done} />}
      </div>
    </div>
  );
}

function ToggleButton({
  panel,
  open,
  panelId,
  onToggle,
  children,
}: {
  panel: Panel;
  open: Panel | null;
  panelId: string;
  onToggle: (panel: Panel) => void;
  children: string;
}) {
  return (
    <Button
      type="button"
      variant={panel === "delete" ? "danger" : "secondary"}
      size="sm"
      aria-expanded={open === panel}
      aria-controls={panelId}
      onClick={() => onToggle(panel)}
    >
      {children}
    </Button>
  );
}

/**
 * A reply or an edit: the text survives a refusal, so nothing typed is lost.
 * An edit sends the version the new wording started from.
 */
function TextForm({
  action,
  hidden,
  version,
  label,
  defaultValue = "",
  submit,
  pendingLabel,
  maxLength,
  onCancel,
}: {
  action: Action;
  hidden: Record<string, string | number>;
  version?: number;
  label: ReactNode;
  defaultValue?: string;
  submit: string;
  pendingLabel: string;
  maxLength: number;
  onCancel: () => void;
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(action);
  const draft = useDraftVersion(version ?? 0, state);
  const t = useTranslations("discussion.form");
  return (
    <form
      action={dispatch}
      onSubmit={onSubmit}
      onInput={draft.startDraft}
      className="flex flex-col gap-3 pt-1"
      noValidate
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {version !== undefined && <input type="hidden" name="version" value={draft.version} />}
      <MentionTextArea
        label={label}
        name="body"
        defaultValue={defaultValue}
        rows={4}
        dir="auto"
        autoFocus
        hint={<MarkdownHint maxLength={maxLength} />}
        errors={state.fieldErrors?.body}
      />
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} pendingLabel={pendingLabel} size="sm">
          {submit}
        </SubmitButton>
        <Button type="button" variant="secondary" size="sm" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}

function DeleteForm({
  action,
  comment,
  onCancel,
}: {
  action: Action;
  comment: { id: number; version: number };
  onCancel: () => void;
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(action);
  // the wording asked about is the one on screen when "Delete" was chosen
  const [version] = useState(comment.version);
  const t = useTranslations("discussion.form");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-2 pt-1">
      <input type="hidden" name="commentId" value={comment.id} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm">{t("confirmDelete")}</p>
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} pendingLabel={t("deleting")} variant="danger" size="sm">
          {t("deleteComment")}
        </SubmitButton>
        <Button type="button" variant="secondary" size="sm" onClick={onCancel}>
          {t("keep")}
        </Button>
      </div>
    </form>
  );
}
