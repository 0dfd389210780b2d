import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db";
import { users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { RuleViolation } from "@/lib/errors";
import { readActivePeople } from "@/lib/users/active-people";
import { MENTION_ADDRESS_PATTERN, mentionedIds } from "@/lib/notifications/mentions";

/** Who may be mentioned: the desk's active members, as the comment box offers them. */
export type MentionableMember = { id: string; displayName: string; email: string };

export async function listMentionableMembers(actor: User): Promise<MentionableMember[]> {
  assertRole(actor, "reviewer");
  const people = await readActivePeople();
  return people.map(({ id, displayName, email }) => ({ id, displayName, email }));
}

/**
 * The accounts a comment newly mentions (not already in `previousBody`),
 * checked: each must exist and be active, or the comment is refused on its
 * field, naming whom, and nothing is saved.
 */
export async function acceptedNewMentions(
  tx: Executor,
  body: string,
  previousBody = "",
): Promise<string[]> {
  const before = new Set(mentionedIds(previousBody));
  const added = mentionedIds(body).filter((id) => !before.has(id));
  if (added.length === 0) return [];
  const found = await tx
    .select({ id: users.id, displayName: users.displayName, active: users.active })
    .from(users)
    .where(inArray(users.id, added));
  const byId = new Map(found.map((person) => [person.id, person]));
  for (const id of added) {
    const person = byId.get(id);
    if (!person) {
      throw new RuleViolation("discussion.errors.unknownMention", "body");
    }
    if (!person.active) {
      throw new RuleViolation("discussion.errors.deactivatedMention", "body", {
        name: person.displayName,
      });
    }
  }
  return added;
}

/**
 * The current names, by id, of the people `bodies` (an SQL text[], or null)
 * mention, as one JSON object (null when none): a column of the read that
 * brings the comments, so a rename reaches every old comment without a
 * statement of its own. Any address of a mention counts; withCurrentNames
 * then rewrites only the mentions as they are written.
 */
export function currentMentionNames(bodies: SQL): SQL<Record<string, string> | null> {
  return sql`(select json_object_agg(u.id, u.display_name) from ${users} u
    where u.id in (
      select (found.address)[1]::uuid
        from unnest(${bodies}) as mentioning(body),
             regexp_matches(mentioning.body, ${MENTION_ADDRESS_PATTERN}, 'gi') as found(address)))`;
}
