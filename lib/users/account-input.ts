/**
 * The fields of an account as people type them. Shared by the server actions
 * (field errors for the form) and the data layer, which checks again: a
 * hand-made POST or a script reaches it without passing through a form.
 * Messages are catalogue keys; the form tells them in the reader's language.
 */
import { z } from "zod";
import { roles } from "@/lib/auth/roles";

export const accountEmail = z
  .string("admin.errors.emailRequired")
  .trim()
  .min(1, "admin.errors.emailRequired")
  .max(320, "admin.errors.emailTooLong")
  .pipe(z.email("admin.errors.emailInvalid"))
  .transform((email) => email.toLowerCase());

export const displayName = z
  .string("admin.errors.nameRequired")
  .trim()
  .min(1, "admin.errors.nameRequired")
  .max(120, "admin.errors.nameTooLong");

export const accountRole = z.enum(roles, "admin.errors.chooseRole");

export const inviteInput = z.object({
  email: accountEmail,
  displayName,
  role: accountRole,
});
export type InviteInput = z.input<typeof inviteInput>;
