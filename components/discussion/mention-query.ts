/**
 * Where the comment box is asking for a person: the "@" the caret is typing
 * after, and what has been typed since. Pure, for the box and its tests.
 */
import { normaliseArabic } from "@/lib/text/arabic";
import type { MentionMember } from "./mention-members";

/** How far back from the caret an "@" still counts: names run to a few words. */
const MAX_QUERY_LENGTH = 40;
export const MAX_SUGGESTIONS = 8;

export type MentionQuery = { start: number; end: number; text: string };

export function mentionQueryAt(value: string, caret: number): MentionQuery | null {
  const before = value.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0 || caret - at - 1 > MAX_QUERY_LENGTH) return null;
  // an "@" inside a word (an email address) is not a mention
  if (at > 0 && !/[\s([{"'«،]/.test(before[at - 1]!)) return null;
  const text = before.slice(at + 1);
  if (/[\n\]()]/.test(text) || /^\s/.test(text) || /\s{2}/.test(text)) return null;
  return { start: at, end: caret, text };
}

const fold = (text: string) => normaliseArabic(text).toLowerCase();

/** Members whose name or email holds what was typed, names that start with it first. */
export function matchingMembers(members: MentionMember[], query: string): MentionMember[] {
  const wanted = fold(query.trim());
  const scored = members
    .map((member) => {
      const name = fold(member.displayName);
      const email = member.email.toLowerCase();
      const rank = name.startsWith(wanted)
        ? 0
        : name.split(/\s+/).some((word) => word.startsWith(wanted))
          ? 1
          : name.includes(wanted) || email.includes(wanted)
            ? 2
            : -1;
      return { member, rank };
    })
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank);
  return scored.slice(0, MAX_SUGGESTIONS).map((entry) => entry.member);
}
