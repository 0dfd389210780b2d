/**
 * The names the assignment forms give their fields, and the note's length,
 * shared by the forms (client components) and the server actions that read
 * them. Kept apart from the forms' zod schemas (assignment-fields.ts), so a
 * form in the browser does not bring zod into the board's JavaScript.
 *
 * Several people, or several claims, are sent as one checkbox each named with
 * a prefix (`assignee-<id>`, `claim-<id>`): a server action reads its form as
 * one value per name, and these work without JavaScript.
 */

/** The board's bulk-assign form, which the cards' checkboxes join with their `form` attribute. */
export const BULK_ASSIGN_FORM_ID = "bulk-assign";
export const ASSIGNEE_FIELD_PREFIX = "assignee-";
export const CLAIM_FIELD_PREFIX = "claim-";
export const ASSIGNMENT_NOTE_MAX = 1000;
