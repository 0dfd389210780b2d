import "server-only";
import type { User } from "@/db/schema";
import { assertRole } from "./authorization";
import type { Role } from "./roles";

/**
 * Who is acting: a signed-in person, or an operator at the command line
 * (`npm run import-report`), who already holds the database credentials and so
 * passes every role check. The audit trail records the latter with no actor
 * and `via: "command-line"`.
 */
export const commandLine = "command-line" as const;
export type Actor = User | typeof commandLine;

export function assertActorRole(actor: Actor, required: Role): void {
  if (actor !== commandLine) assertRole(actor, required);
}

/** The id the audit trail and `created_by` columns record for the actor. */
export function actorIdOf(actor: Actor): string | null {
  return actor === commandLine ? null : actor.id;
}
