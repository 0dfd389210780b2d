import { useTranslations } from "@/lib/i18n/use-translations";
import type { ReactNode } from "react";
import { dataText } from "@/components/ui/data-text";
import { UtcTime as Time } from "@/components/ui/utc-time";
import type { DiscussionComment } from "@/lib/discussion/thread";
import { CommentControls } from "./comment-controls";
import { CommentMarkdown } from "./comment-markdown";

/** A person's name inside an interface sentence, in bold and its own direction. */
const name = (chunks: ReactNode) => <bdi className="font-medium text-ink">{chunks}</bdi>;

/**
 * One comment: who wrote it and when, its words (or that it was deleted),
 * its earlier wordings behind an "edited" disclosure, and the controls the
 * reader may use on it.
 */
export function CommentItem({
  comment,
  claimId,
  maxLength,
  replyingTo,
}: {
  comment: DiscussionComment;
  claimId: number;
  maxLength: number;
  /** named when the thread is too deep to show the reply indented under its parent */
  replyingTo?: string;
}) {
  const t = useTranslations("discussion");
  const bylineId = `comment-${comment.id}-byline`;
  const { revisions } = comment;
  return (
    <article
      id={`comment-${comment.id}`}
      aria-labelledby={bylineId}
      className="flex flex-col gap-2 rounded-lg border border-line bg-white p-3"
    >
      <header className="flex flex-col gap-1 text-sm text-muted">
        <p id={bylineId}>
          {replyingTo
            ? t.rich("bylineReplying", {
                author: comment.authorName,
                parent: replyingTo,
                when: () => <Time at={comment.createdAt} />,
                b: name,
              })
            : t.rich("byline", {
                author: comment.authorName,
                when: () => <Time at={comment.createdAt} />,
                b: name,
              })}
        </p>
        {revisions.length > 0 && (
          <details>
            <summary className="cursor-pointer">
              {t.rich("edited", {
                count: revisions.length,
                when: () => <Time at={comment.updatedAt} />,
              })}
            </summary>
            <ol className="mt-2 flex flex-col gap-2" aria-label={t("earlierVersions")}>
              {revisions.map((revision) => (
                <li key={revision.id} className="flex flex-col gap-1 border-s-2 border-line ps-3">
                  <p>
                    {t.rich("revision", {
                      written: () => <Time at={revision.writtenAt} />,
                      replaced: () => <Time at={revision.replacedAt} />,
                    })}
                  </p>
                  <div className="text-ink">
                    <CommentMarkdown source={revision.body} />
                  </div>
                </li>
              ))}
            </ol>
          </details>
        )}
      </header>
      {comment.deleted ? (
        <p className="text-muted italic">
          {comment.deleted.byAuthor
            ? t.rich("deletedByAuthor", { when: () => <Time at={comment.deleted!.at} /> })
            : t.rich("deletedBy", {
                name: comment.deleted.byName,
                data: dataText,
                when: () => <Time at={comment.deleted!.at} />,
              })}
        </p>
      ) : (
        <CommentMarkdown source={comment.body ?? ""} />
      )}
      {(comment.canReply || comment.canEdit || comment.canDelete) && (
        <CommentControls
          claimId={claimId}
          maxLength={maxLength}
          comment={{
            id: comment.id,
            version: comment.version,
            body: comment.canEdit ? (comment.body ?? "") : undefined,
            authorName: comment.authorName,
            canReply: comment.canReply,
            canEdit: comment.canEdit,
            canDelete: comment.canDelete,
          }}
        />
      )}
    </article>
  );
}
