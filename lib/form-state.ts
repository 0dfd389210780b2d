/** What a form shows after submitting: shaped for React's useActionState. */
export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
};

export const idleFormState: FormState = { status: "idle" };
