/** What a form shows after submitting: shaped for React's useActionState. */
export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /**
   * Someone saved in between (a VersionConflict): the message shows their
   * version, and the form may now be sent again over it, knowingly.
   */
  conflict?: true;
  /**
   * Refused before anything was read: the caller is no longer signed in
   * (session ended, signed out in another tab, deactivated), or their role no
   * longer allows the action. The form keeps what was typed.
   */
  refused?: "signed-out" | "forbidden";
  /** where to go next: the card just made, or the report that already holds this text */
  link?: { href: string; label: string; newTab?: true };
  /**
   * Values for another form's fields, by name, that the person reviews
   * before sending it (a report fetched from a link fills the import form).
   */
  fill?: Record<string, string>;
};

/** What an action's body may return: a message, or a message with a link, or nothing ("Saved."). */
export type ActionResult = string | void | Omit<FormState, "fieldErrors">;

export const idleFormState: FormState = { status: "idle" };
