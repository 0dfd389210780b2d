import type { DiscussionComment } from "@/lib/discussion/thread";
import { CommentItem } from "./comment-item";

/** Levels of replies drawn indented; deeper replies line up at the last level. */
export const VISIBLE_REPLY_DEPTH = 4;

type Entry = { comment: DiscussionComment; replyingTo?: string };

/**
 * Comments with their replies indented under them, up to four levels. Below
 * that a conversation carries on in one column, in reading order, each reply
 * saying whom it answers: a deep thread stays readable on a phone, and the
 * page never recurses as deep as a thread could go.
 */
export function CommentThread({
  comments,
  claimId,
  maxLength,
  depth = 0,
}: {
  comments: DiscussionComment[];
  claimId: number;
  maxLength: number;
  depth?: number;
}) {
  const deepest = depth >= VISIBLE_REPLY_DEPTH - 1;
  const entries: Entry[] = deepest
    ? inReadingOrder(comments)
    : comments.map((comment) => ({ comment }));
  return (
    <ol
      className={`flex flex-col gap-3 ${depth > 0 ? "ms-3 border-s-2 border-line ps-3 sm:ms-5" : ""}`}
    >
      {entries.map(({ comment, replyingTo }) => (
        <li key={comment.id} className="flex flex-col gap-3">
          <CommentItem
            comment={comment}
            claimId={claimId}
            maxLength={maxLength}
            replyingTo={replyingTo}
          />
          {!deepest && comment.replies.length > 0 && (
            <CommentThread
              comments={comment.replies}
              claimId={claimId}
              maxLength={maxLength}
              depth={depth + 1}
            />
          )}
        </li>
      ))}
    </ol>
  );
}

/** Each comment followed by all its replies, depth first, without recursion. */
function inReadingOrder(comments: DiscussionComment[]): Entry[] {
  const entries: Entry[] = [];
  const stack: Entry[] = comments.map((comment) => ({ comment })).reverse();
  while (stack.length > 0) {
    const entry = stack.pop()!;
    entries.push(entry);
    for (let i = entry.comment.replies.length - 1; i >= 0; i--) {
      stack.push({ comment: entry.comment.replies[i]!, replyingTo: entry.comment.authorName });
    }
  }
  return entries;
}
