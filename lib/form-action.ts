import "server-only";
import { forbidden, unauthorized } from "next/navigation";
import { z } from "zod";
import type { User } from "@/db/schema";
import { recordRefusal } from "@/lib/audit/refusal";
import { ForbiddenError } from "@/lib/auth/authorization";
import { getCurrentUser } from "@/lib/auth/current-user";
import { NotFoundError, RuleViolation, VersionConflict } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";

/**
 * Wraps a server action: the caller must be signed in (checked against the
 * database), the form is parsed with `schema`, and the data layer's refusals
 * become a 403 with an audit event. Known errors become messages for the
 * form; unknown ones propagate as a 500 without details.
 */
export function formAction<S extends z.ZodType<Record<string, unknown>>>(
  name: string,
  schema: S,
  run: (input: z.infer<S>, actor: User) => Promise<string | void>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const actor = await getCurrentUser();
    if (!actor) {
      await recordRefusal(null, name, { reason: "not signed in" });
      unauthorized();
    }
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return {
        status: "error",
        message: "Please correct the highlighted fields.",
        fieldErrors: z.flattenError(parsed.error).fieldErrors as FormState["fieldErrors"],
      };
    }
    try {
      const message = await run(parsed.data, actor);
      return { status: "success", message: message ?? "Saved." };
    } catch (error) {
      if (error instanceof ForbiddenError) {
        await recordRefusal(actor.id, name, { role: actor.role, required: error.requiredRole });
        forbidden();
      }
      if (error instanceof RuleViolation) {
        return {
          status: "error",
          message: error.message,
          fieldErrors: error.field ? { [error.field]: [error.message] } : undefined,
        };
      }
      if (error instanceof NotFoundError || error instanceof VersionConflict) {
        return { status: "error", message: error.message };
      }
      throw error;
    }
  };
}
