import "server-only";
import { forbidden } from "next/navigation";
import type { User } from "@/db/schema";
import { recordRefusal } from "@/lib/audit/refusal";
import { hasRole, type Role } from "./roles";

/** For pages: answer 403 (and record the attempt) when the role is too low. */
export async function forbidIfNotRole(user: User, required: Role, attempted: string) {
  if (hasRole(user.role, required)) return;
  await recordRefusal(user.id, attempted, { role: user.role, required });
  forbidden();
}
