/**
 * The assignment forms' fields as the server actions read them: the due
 * date, the notes, and the checked people and claims.
 */
import { z } from "zod";
import { idField, idParam } from "@/lib/form-fields";
import { ASSIGNEE_FIELD_PREFIX, ASSIGNMENT_NOTE_MAX, CLAIM_FIELD_PREFIX } from "./form-names";

/** The ids of the checked boxes named `prefix` + id. */
export function checkedIds(input: Record<string, unknown>, prefix: string): string[] {
  return Object.keys(input)
    .filter((name) => name.startsWith(prefix) && input[name])
    .map((name) => name.slice(prefix.length));
}

export const dueOnField = z
  .union([z.literal(""), z.iso.date("assignment.errors.dueDate")])
  .optional()
  .transform((value) => value || null);

export const assignmentNoteField = z
  .string()
  .trim()
  .max(ASSIGNMENT_NOTE_MAX, "assignment.errors.noteTooLong")
  .optional()
  .transform((value) => value || null);

export const doneNoteField = z
  .string()
  .trim()
  .min(3, "assignment.errors.doneNoteShort")
  .max(ASSIGNMENT_NOTE_MAX, "assignment.errors.noteTooLong");

export const assignmentIdField = idField("assignment");

/** The people checked in an assign form, as uuids (a forged name is dropped here). */
export function assigneeIdsOf(input: Record<string, unknown>): string[] {
  return checkedIds(input, ASSIGNEE_FIELD_PREFIX).filter((id) => z.uuid().safeParse(id).success);
}

/** The claims checked on the board, as ids. */
export function claimIdsOf(input: Record<string, unknown>): number[] {
  return checkedIds(input, CLAIM_FIELD_PREFIX).flatMap((id) => {
    const parsed = idParam.safeParse(id);
    return parsed.success ? [parsed.data] : [];
  });
}
