import "server-only";
import type { User } from "@/db/schema";
import { hasRole, type Role } from "./roles";

/** Thrown by the data layer when the acting user's role is too low; actions answer 403. */
export class ForbiddenError extends Error {
  constructor(
    readonly requiredRole: Role | "owner",
    message = "You do not have permission to do this.",
  ) {
    super(message);
  }
}

/** The data layer's guard: every read or write names the role it needs. */
export function assertRole(actor: User, required: Role): void {
  if (!hasRole(actor.role, required)) throw new ForbiddenError(required);
}
