import "server-only";
import type { User } from "@/db/schema";
import { recordRefusal, recordSignedOutRefusal } from "@/lib/audit/refusal";
import { currentClientAddress } from "./client-address";
import { ForbiddenError } from "./authorization";
import { getCurrentUser, getEndedSession } from "./current-user";

/**
 * Running a request as its caller, for server actions (lib/form-action.ts)
 * and route handlers (lib/api/with-api-actor.ts) alike: each refusal is
 * recorded on the audit trail under the name of what was attempted, the same
 * way whichever door it came through, and answered the caller's way (a
 * message in the form, or JSON).
 */

/** How a refused caller is answered; `deactivated`: the session's account was deactivated. */
export type Refusals<R> = { unauthorized: (deactivated: boolean) => R; forbidden: () => R };

export type WithActorOptions = {
  /**
   * Whether a caller without a session is recorded too (the default). The
   * read-only API routes answer them with a bare 401 and record nothing: an
   * anonymous visitor could otherwise write to the hash-chained trail as
   * fast as they can send requests.
   */
  recordSignedOut?: boolean;
};

/**
 * Runs `run` as the signed-in user (checked against the database). A caller
 * who is not signed in, or whom the data layer refuses (ForbiddenError), is
 * recorded on the audit trail as a refusal of `name` (naming the account
 * when the session is one it no longer honours) and answered by `refuse`.
 */
export async function withActor<T, R>(
  name: string,
  run: (actor: User) => Promise<T>,
  refuse: Refusals<R>,
  { recordSignedOut = true }: WithActorOptions = {},
): Promise<T | R> {
  const actor = await getCurrentUser();
  if (actor) return runAsActor(actor, name, run, refuse);
  if (!recordSignedOut) return refuse.unauthorized(false);
  const ended = await getEndedSession();
  // anyone can send these, as fast as they like: bounded per address
  await recordSignedOutRefusal(await currentClientAddress(), ended?.holderId ?? null, name, {
    reason: !ended
      ? "not signed in"
      : ended.deactivated
        ? "account deactivated"
        : "session no longer valid (sessions ended)",
  });
  return refuse.unauthorized(ended?.deactivated ?? false);
}

/**
 * Runs `run` as an actor already known (a session's, or an API token's
 * owner); a ForbiddenError from the data layer is recorded as a refusal of
 * `name` and answered by `refuse.forbidden`.
 */
export async function runAsActor<T, R>(
  actor: User,
  name: string,
  run: (actor: User) => Promise<T>,
  refuse: Pick<Refusals<R>, "forbidden">,
): Promise<T | R> {
  try {
    return await run(actor);
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    await recordRefusal(actor.id, name, { role: actor.role, required: error.requiredRole });
    return refuse.forbidden();
  }
}
