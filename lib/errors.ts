/**
 * Errors the data layer throws on purpose. Actions and route handlers turn
 * them into field errors or responses with stable codes; anything else is a
 * bug and surfaces as a 500 without details.
 */

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

/** The thing to change is gone or never existed. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} was not found.`);
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
