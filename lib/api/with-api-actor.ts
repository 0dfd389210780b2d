import "server-only";
import type { NextRequest } from "next/server";
import type { User } from "@/db/schema";
import { authenticateApiToken, type CallerChannel } from "@/lib/api-tokens/tokens";
import { assertRole } from "@/lib/auth/authorization";
import type { Role } from "@/lib/auth/roles";
import { runAsActor, withActor, type Refusals } from "@/lib/auth/with-actor";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { languageFromAcceptLanguage, type Language } from "@/lib/i18n/languages";
import { isFromOwnOrigin } from "@/lib/security/same-origin";
import { ApiError, type ApiSurface } from "./api-error";

export type ApiPolicy = {
  /** what the route's error codes name: `forbidden:export` */
  surface: ApiSurface;
  /** the least role the route serves at all */
  minimumRole: Role;
  /** what a refusal is recorded as attempting (the `authz.refused` event's entity id) */
  attempted: string;
  /** a personal API token (`Authorization: Bearer vdk_…`) may stand in for the session */
  allowToken?: boolean;
  /** see WithActorOptions: the read-only routes leave callers without a session unrecorded */
  recordSignedOut?: boolean;
};

export type ApiCaller = { actor: User; channel: CallerChannel };

/**
 * Wraps a route handler the way formAction wraps a server action: the
 * caller is found (the session, or an API token where the route allows one),
 * and then, in this order, a caller without a session is answered 401, a
 * thing that does not exist 404 (the handler throws ApiError `not_found:…` or
 * the data layer NotFoundError), and a caller whom the data layer refuses
 * 403, the refusal recorded on the audit trail as actions' refusals are. A
 * role below the route's minimum is refused before the handler runs, so it
 * learns nothing, not even whether a thing exists. A POST sent by a page on
 * another site is refused before all of it, 403 `cross_origin`. The handler's
 * RuleViolation is a 400 naming its field as the parameter; other errors are
 * bugs and propagate as a 500 without details.
 */
export function withApiActor(
  policy: ApiPolicy,
  handle: (request: NextRequest, caller: ApiCaller) => Promise<Response>,
): (request: NextRequest) => Promise<Response> {
  const { surface, attempted } = policy;

  return async (request) => {
    // the caller's language: their account's once known, else what the script or browser asks for
    const asked = languageFromAcceptLanguage(request.headers.get("accept-language"));
    let caller: User | undefined;
    const language = (): Language => caller?.interfaceLanguage ?? asked;
    const refusals: Refusals<Response> = {
      unauthorized: () => new ApiError(`unauthorized:${surface}`).toResponse(language()),
      forbidden: () => new ApiError(`forbidden:${surface}`).toResponse(language()),
    };

    // a POST carries the session cookie whichever site's page sent it: only the desk's own
    // pages may (not recorded: anyone could send these as fast as they like)
    if (request.method !== "GET" && !isFromOwnOrigin(request.headers)) {
      return new ApiError(`cross_origin:${surface}`).toResponse(language());
    }
    const serve = (channel: CallerChannel) => async (actor: User) => {
      caller = actor;
      assertRole(actor, policy.minimumRole);
      try {
        return await handle(request, { actor, channel });
      } catch (error) {
        return answerError(error, surface).toResponse(language());
      }
    };

    const authorization = policy.allowToken ? request.headers.get("authorization") : null;
    if (authorization === null) {
      return withActor(attempted, serve({ via: "session" }), refusals, {
        recordSignedOut: policy.recordSignedOut,
      });
    }
    // a script that sends a token means it: a bad one is refused, not replaced by a cookie
    const owner = await authenticateApiToken(authorization);
    if (!owner) return new ApiError(`invalid_token:${surface}`).toResponse(language());
    const channel = { via: "api_token", tokenId: owner.tokenId } as const;
    return runAsActor(owner.user, attempted, serve(channel), refusals);
  };
}

/**
 * The errors a handler may throw on purpose, as ApiErrors; anything else
 * rethrown. The code stays stable for scripts; a rule's or a missing thing's
 * message is a catalogue key, told in the caller's language as a form would.
 */
function answerError(error: unknown, surface: ApiSurface): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof RuleViolation) {
    return new ApiError(`bad_request:${surface}`, error.message, error.field, error.values);
  }
  if (error instanceof NotFoundError) {
    return new ApiError(`not_found:${surface}`, error.message, undefined, error.values);
  }
  throw error;
}
