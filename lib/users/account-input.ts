/**
 * The fields of an account as people type them. Shared by the server actions
 * (field errors for the form) and the data layer, which checks again: a
 * hand-made POST or a script reaches it without passing through a form.
 */
import { z } from "zod";
import { roles } from "@/lib/auth/roles";

export const accountEmail = z
  .string("Enter an email address.")
  .trim()
  .min(1, "Enter an email address.")
  .max(320, "That is longer than any email address.")
  .pipe(z.email("Enter a valid email address, like name@example.org."))
  .transform((email) => email.toLowerCase());

export const displayName = z
  .string("Enter a name.")
  .trim()
  .min(1, "Enter a name.")
  .max(120, "Keep the name under 120 characters.");

export const accountRole = z.enum(roles, "Choose reviewer, editor or admin.");

export const inviteInput = z.object({
  email: accountEmail,
  displayName,
  role: accountRole,
});
export type InviteInput = z.input<typeof inviteInput>;
