import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { storageStateOf, withDeskDatabase } from "./support/desk";

test.use({ storageState: storageStateOf("reviewer") });

test("a reviewer discusses a claim: Markdown renders, script stays inert, edits keep history", async ({
  page,
}) => {
  const tag = randomBytes(4).toString("hex");
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await page.goto("/claims/1");
  const discussion = page.getByRole("region", { name: "Discussion" });
  await expect(discussion.getByRole("heading", { name: "Discussion", level: 2 })).toBeVisible();

  // a comment with Markdown and the classic payloads
  const source = [
    `Comment ${tag}: **well sourced** per [the report](https://news.example/${tag}).`,
    "",
    `<img src=x onerror="alert('img')"> <script>alert('script')</script> <svg onload=alert('svg')>`,
    "",
    "[click me](javascript:alert('link')) <javascript:alert('autolink')>",
  ].join("\n");
  await discussion.getByLabel("Add a comment").fill(source);
  await discussion.getByRole("button", { name: "Post comment" }).click();
  await expect(discussion.getByText("Comment posted.")).toBeVisible();
  await expect(discussion.getByLabel("Add a comment")).toHaveValue("");

  const comment = discussion.getByRole("article").filter({ hasText: `Comment ${tag}` });
  await expect(comment).toHaveCount(1);
  const commentId = (await comment.getAttribute("id"))!;
  await expect(comment.locator("strong", { hasText: "well sourced" })).toBeVisible();
  const link = comment.getByRole("link", { name: "the report" });
  await expect(link).toHaveAttribute("href", `https://news.example/${tag}`);
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(link).toHaveAttribute("target", "_blank");
  // the HTML shows as the text that was typed, and nothing of it is an element
  await expect(comment.getByText(`<img src=x onerror="alert('img')">`)).toBeVisible();
  await expect(comment.locator("script, img, svg, iframe")).toHaveCount(0);
  await expect(comment.locator("[onerror], [onload], [onclick]")).toHaveCount(0);
  await expect(comment.locator('[href^="javascript" i]')).toHaveCount(0);
  await expect(comment.getByRole("link", { name: "click me" })).toHaveCount(0);
  await comment.getByText("click me").click();

  // a reply sits under the comment
  await comment.getByRole("button", { name: "Reply", exact: true }).click();
  await discussion.getByLabel(/^Your reply to /).fill(`Reply ${tag}: the _ministry_ denies it.`);
  await discussion.getByRole("button", { name: "Post reply" }).click();
  const reply = discussion.getByRole("article").filter({ hasText: `Reply ${tag}` });
  await expect(reply).toBeVisible();
  await expect(reply.locator("em", { hasText: "ministry" })).toBeVisible();

  // an edit shows "edited" and keeps the earlier wording behind it
  await comment.getByRole("button", { name: "Edit", exact: true }).click();
  const editBox = comment.getByLabel("Edit your comment");
  await expect(editBox).toHaveValue(source);
  await editBox.fill(`Comment ${tag}: corrected, only _one_ source.`);
  await comment.getByRole("button", { name: "Save changes" }).click();
  await expect(comment.locator("em", { hasText: "one" })).toBeVisible();
  const history = comment.getByText(/^edited .* · 1 earlier version$/);
  await expect(history).toBeVisible();
  await history.click();
  const earlier = comment.getByRole("list", { name: "Earlier versions, newest first" });
  await expect(earlier.locator("strong", { hasText: "well sourced" })).toBeVisible();
  await expect(earlier.locator("script, img, svg")).toHaveCount(0);

  // deleting hides the words and keeps the reply
  await comment.getByRole("button", { name: "Delete", exact: true }).click();
  await comment.getByRole("button", { name: "Delete comment" }).click();
  const deleted = page.locator(`#${commentId}`);
  await expect(deleted).toContainText("Comment deleted by its author");
  await expect(deleted).not.toContainText(`Comment ${tag}`);
  await expect(deleted.getByRole("button")).toHaveCount(0);
  await expect(reply).toBeVisible();

  // soft: the row keeps its words in the database, with the history on the claim's audit trail
  const stored = await withDeskDatabase(async (db) => {
    const { rows } = await db.query(
      "select body, deleted_at is not null as deleted from comments where id = $1",
      [Number(commentId.replace("comment-", ""))],
    );
    const { rows: events } = await db.query(
      "select action from audit_events where entity_type = 'claim' and entity_id = '1' and (after->>'commentId')::int = $1 order by id",
      [Number(commentId.replace("comment-", ""))],
    );
    return { comment: rows[0], actions: events.map((e) => e.action as string) };
  });
  expect(stored.comment).toEqual({
    body: `Comment ${tag}: corrected, only _one_ source.`,
    deleted: true,
  });
  expect(stored.actions).toEqual(["comment.create", "comment.edit", "comment.delete"]);

  expect(dialogs).toEqual([]);
});
