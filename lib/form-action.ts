import "server-only";
import { getTranslations } from "@/lib/i18n/get-translations";
import type { z } from "zod";
import type { User } from "@/db/schema";
import { withActor, type Refusals } from "@/lib/auth/with-actor";
import { isConnectionError } from "@/lib/database/errors";
import { NotFoundError, RuleViolation, VersionConflict } from "@/lib/errors";
import type { ActionResult, FormState } from "@/lib/form-state";
import { translatedFieldErrors, translatedMessage } from "@/lib/i18n/field-errors";
import { withRequestScope } from "@/lib/once-per-request";

/**
 * How a form hears that it was refused, audited like any refusal. Not the
 * 401 and 403 pages: replacing the page would throw away what the person
 * typed, and a session that ended in another tab is an everyday event.
 */
const formRefusals: Refusals<Promise<FormState>> = {
  unauthorized: async (deactivated) => {
    const t = await getTranslations("forms");
    return deactivated
      ? {
          status: "error",
          refused: "signed-out",
          // signing in again would only say "wrong email or password" to this person
          message: t("refusedDeactivated"),
        }
      : {
          status: "error",
          refused: "signed-out",
          message: t("refusedSignedOut"),
          link: { href: "/login", label: t("signInNewTab"), newTab: true },
        };
  },
  forbidden: async () => ({
    status: "error",
    refused: "forbidden",
    message: (await getTranslations("forms"))("refusedForbidden"),
  }),
};

/**
 * Wraps a server action: the caller must be signed in (checked against the
 * database), the form is parsed with `schema`, and the data layer's refusals
 * are recorded on the audit trail and answered in the form (formRefusals).
 * Known errors become messages for the form, and so does a database
 * connection cut mid-request (restart, terminated backend), which is worth
 * simply trying again. Unknown errors propagate as a 500 without details.
 */
export function formAction<S extends z.ZodType<Record<string, unknown>>>(
  name: string,
  schema: S,
  run: (input: z.infer<S>, actor: User) => Promise<ActionResult>,
) {
  const action = async (_previous: FormState, formData: FormData): Promise<FormState> =>
    withActor<FormState, Promise<FormState>>(
      name,
      async (actor): Promise<FormState> => {
        const parsed = schema.safeParse(Object.fromEntries(formData));
        // only when a sentence of its own is wanted: most actions answer in their own words
        const forms = () => getTranslations("forms");
        if (!parsed.success) {
          return {
            status: "error",
            message: (await forms())("correctFields"),
            fieldErrors: await translatedFieldErrors(parsed.error),
          };
        }
        try {
          const result = await run(parsed.data, actor);
          if (typeof result === "object") return result;
          return { status: "success", message: result ?? (await forms())("saved") };
        } catch (error) {
          if (error instanceof RuleViolation) {
            const message = await translatedMessage(error.message, error.values);
            // a refusal that belongs to a field is shown beside it, not twice
            return error.field
              ? {
                  status: "error",
                  message: (await forms())("correctFields"),
                  fieldErrors: { [error.field]: [message] },
                }
              : { status: "error", message };
          }
          if (error instanceof VersionConflict) {
            const message = await translatedMessage(error.message, error.values);
            return { status: "error", message, conflict: true };
          }
          if (error instanceof NotFoundError) {
            return {
              status: "error",
              message: await translatedMessage(error.message, error.values),
            };
          }
          throw error;
        }
      },
      formRefusals,
    );
  return retryableOnConnectionLoss(name, action);
}

/**
 * The whole action, session check and refusal audit included (they need the
 * database too), answers a lost connection with "try again" instead of a 500.
 */
function retryableOnConnectionLoss(
  name: string,
  action: (previous: FormState, formData: FormData) => Promise<FormState>,
) {
  return async (previous: FormState, formData: FormData): Promise<FormState> => {
    try {
      // the caller's session and account are read once for the whole action
      return await withRequestScope(() => action(previous, formData));
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      console.warn(`[db] ${name}: the database connection was interrupted; answered "try again"`);
      // the reader's language needs no database: without the account it is the browser's
      const t = await getTranslations("errors");
      return { status: "error", message: t("connectionInterrupted") };
    }
  };
}
