import "server-only";
import { inArray } from "drizzle-orm";
import { getDb, type Executor } from "@/db";
import { users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { RuleViolation } from "@/lib/errors";
import { readActivePeople } from "@/lib/users/active-people";
import { mentionedIds, mentionTokenIds, withCurrentNames } from "@/lib/notifications/mentions";

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

/** Comment bodies with every mention showing the person's current name: one query for them all. */
export async function withCurrentMentionNames(bodies: string[]): Promise<string[]> {
  const ids = [...new Set(bodies.flatMap(mentionTokenIds))];
  if (ids.length === 0) return bodies;
  const people = await getDb()
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, ids));
  const names = new Map(people.map((person) => [person.id, person.displayName]));
  return bodies.map((body) => withCurrentNames(body, names));
}
