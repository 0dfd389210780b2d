import { getTranslations } from "@/lib/i18n/get-translations";
import type { User } from "@/db/schema";
import { COMMENT_BODY_MAX_LENGTH } from "@/lib/discussion/body";
import { listMentionableMembers } from "@/lib/discussion/mentions";
import { getDiscussion } from "@/lib/discussion/thread";
import { CommentForm } from "./comment-form";
import { CommentThread } from "./comment-thread";
import { MentionMembers } from "./mention-members";

/**
 * A claim's discussion on its card: the thread, then the box for a new
 * comment. Loads its own data, as the acting user may see it.
 */
export async function DiscussionSection({ claimId, actor }: { claimId: number; actor: User }) {
  const [discussion, members, t] = await Promise.all([
    getDiscussion(actor, claimId),
    listMentionableMembers(actor),
    getTranslations("discussion"),
  ]);
  return (
    <MentionMembers members={members}>
      <section aria-labelledby="discussion-heading" className="flex flex-col gap-3">
        <h2 id="discussion-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        {discussion.comments.length === 0 ? (
          <p className="text-muted">{t("empty")}</p>
        ) : (
          <>
            <p className="text-sm text-muted">{t("count", { count: discussion.count })}</p>
            <CommentThread
              comments={discussion.comments}
              claimId={claimId}
              maxLength={COMMENT_BODY_MAX_LENGTH}
            />
          </>
        )}
        <CommentForm claimId={claimId} maxLength={COMMENT_BODY_MAX_LENGTH} />
      </section>
    </MentionMembers>
  );
}
