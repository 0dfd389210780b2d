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
  /** where to go next: the card just made, or the report that already holds this text */
  link?: { href: string; label: string };
};

/** What an action's body may return: a message, or a message with a link, or nothing ("Saved."). */
export type ActionResult = string | void | Omit<FormState, "fieldErrors">;

export const idleFormState: FormState = { status: "idle" };
