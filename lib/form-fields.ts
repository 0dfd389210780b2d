import { z } from "zod";
import type english from "@/lib/i18n/messages/en";

/**
 * The ids and version numbers that forms and addresses send, spelled once.
 * They arrive as text (a hidden field, a chosen option, a URL parameter),
 * hence the coercion.
 */

const wholeNumberAboveZero = (message: string) =>
  z.coerce.number(message).int(message).positive(message);

/** What a hidden id can name: a key of the catalogue's `forms.unknown`. */
type IdentifiedThing = keyof (typeof english)["forms"]["unknown"];

/**
 * A row's id in a form. Most travel hidden, where only a tampered form gets
 * them wrong, so the message names the thing ("Unknown claim."); a chosen one
 * says what to do instead. Messages are catalogue keys, told by the form.
 */
export const idField = (what: IdentifiedThing, message = `forms.unknown.${what}`) =>
  wholeNumberAboveZero(message);

export const claimIdField = idField("claim");

/**
 * The version a form's draft started from (useDraftVersion): a save on top of
 * someone else's is refused as a conflict. Hidden too; wrong only if the page
 * itself is stale or tampered with.
 */
export const versionField = wholeNumberAboveZero("forms.reloadAndTryAgain");

/**
 * An id in an address (the board's and the export's filters): beyond
 * PostgreSQL's integer it names no row, and would fail the query rather than
 * the parameter.
 */
export const idParam = z.coerce.number().int().min(1).max(2_147_483_647);
