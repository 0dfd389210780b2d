/**
 * Who can be given work: the desk's reviewers and editors, working accounts
 * only; admins run the accounts rather than the claims. Pure: the deciding
 * look's proposal and the assign forms' lists use it as well as the writes.
 */
import type { Role } from "@/db/schema/enums";

export function isAssignable(person: { active: boolean; role: Role }): boolean {
  return person.active && person.role !== "admin";
}
