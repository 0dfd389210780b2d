/**
 * Errors the data layer throws on purpose. Actions and route handlers turn
 * them into field errors or responses with stable codes; anything else is a
 * bug and surfaces as a 500 without details.
 */
import type english from "@/lib/i18n/messages/en";

/**
 * A rule of the desk was broken by the input: say which and why. The message
 * is either words or a catalogue key ("account.password.common") that the
 * form translates with `values`.
 */
export class RuleViolation extends Error {
  constructor(
    message: string,
    /** the form field the message belongs to, when there is one */
    readonly field?: string,
    /** the figures a catalogue message fills in */
    readonly values?: Record<string, string | number>,
  ) {
    super(message);
  }
}

/** What a NotFoundError can say is gone: a key of the catalogue's `errors.notFound`. */
export type MissingThing = keyof (typeof english)["errors"]["notFound"];

/**
 * The thing to change is gone or never existed. Its message is the catalogue
 * key ("errors.notFound.claim") that the form, the route or the page
 * translates into the reader's language with `values`, as a RuleViolation's.
 */
export class NotFoundError extends Error {
  constructor(
    readonly thing: MissingThing,
    readonly values?: Record<string, string | number>,
  ) {
    super(`errors.notFound.${thing}`);
  }
}

/**
 * Someone else changed the record since it was read (optimistic locking).
 * Like a RuleViolation's, the message may be a catalogue key filled with `values`.
 */
export class VersionConflict extends Error {
  constructor(
    message: string,
    readonly current: unknown,
    readonly values?: Record<string, string | number>,
  ) {
    super(message);
  }
}

/**
 * A schema's first problem as a refusal of its field: the message is the
 * catalogue key the schema named, with the issue's own limit ("under
 * {maximum} characters") to fill in, as a form's field errors have.
 */
export function issueRefusal(
  issue: { message: string; path: PropertyKey[]; minimum?: unknown; maximum?: unknown },
  field?: string,
): RuleViolation {
  const values: Record<string, number> = {};
  if (issue.minimum !== undefined) values.minimum = Number(issue.minimum);
  if (issue.maximum !== undefined) values.maximum = Number(issue.maximum);
  const path = issue.path.length > 0 ? String(issue.path[0]) : field;
  return new RuleViolation(issue.message, path, values);
}
