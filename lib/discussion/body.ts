import "server-only";
import { RuleViolation } from "@/lib/errors";

/** The longest comment the desk keeps, in characters as a text area counts them. */
export const COMMENT_BODY_MAX_LENGTH = 10_000;

// C0 controls other than tab, line feed and carriage return, and DEL: invisible,
// meaningless in Markdown, and U+0000 is a character Postgres cannot store at all.
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * A comment's Markdown source as the desk stores it: trimmed, without stray
 * control characters, 1 to 10,000 characters. The source is kept as typed
 * (HTML included); safety comes from how it is rendered, never from editing
 * what the reviewer wrote.
 */
export function acceptedCommentBody(raw: string): string {
  const body = raw.replace(INVISIBLE_CONTROLS, "").replace(/\r\n?/g, "\n").trim();
  if (body === "") throw new RuleViolation("discussion.errors.empty", "body");
  if (body.length > COMMENT_BODY_MAX_LENGTH) {
    throw new RuleViolation("discussion.errors.tooLongCounted", "body", {
      maximum: COMMENT_BODY_MAX_LENGTH,
      length: body.length,
    });
  }
  return body;
}
