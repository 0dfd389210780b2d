/**
 * The API routes' one error type. A code names what went wrong and where,
 * `type:surface` (`forbidden:export`, `not_found:live`), and fixes the HTTP
 * status and the message a client reads; the body is the same for every
 * route:
 *
 *     { "error": { "code": "forbidden", "reason": "forbidden:export", "message": "…", "parameter"?: "format" } }
 *
 * Its `code` is the type alone, what a client branches on (a script retries
 * on none of them, signs in again on `unauthorized`, fixes `parameter` on
 * `bad_request`), kept as the API has always sent it; `reason` is the whole
 * code, type and route, as the server's tests and logs name the refusal.
 */
import { defaultLanguage, type Language } from "@/lib/i18n/languages";
import { wordsOf } from "@/lib/i18n/translator";

const statusOf = {
  bad_request: 400,
  unauthorized: 401,
  /** a script sent an API token the desk does not honour (it is never replaced by a cookie) */
  invalid_token: 401,
  forbidden: 403,
  /** a state-changing request sent by a page on another site (lib/security/same-origin.ts) */
  cross_origin: 403,
  not_found: 404,
} as const;

export type ApiErrorType = keyof typeof statusOf;

/** The routes, as their error codes name them. */
export type ApiSurface = "export" | "audit" | "search" | "similar" | "live";

export type ApiErrorCode = `${ApiErrorType}:${ApiSurface}`;

/** The routes whose message says it better than the type's general one (errors.api.<type>.<surface>). */
const ownMessages: ReadonlySet<ApiErrorCode> = new Set<ApiErrorCode>([
  "unauthorized:export",
  "forbidden:export",
  "unauthorized:audit",
  "forbidden:audit",
  "unauthorized:search",
  "bad_request:search",
  "unauthorized:similar",
  "bad_request:similar",
  "unauthorized:live",
  "forbidden:live",
  "not_found:live",
]);

/** How a script sends a token: the same in every language, so an argument of the message. */
const bearerHeader = "Authorization: Bearer <token>";

/**
 * Thrown in a route handler (or built by its wrapper) and answered as JSON,
 * never cached. The message is a catalogue key filled with `values` (or words
 * already in the caller's language), told in the language `toResponse` is given.
 */
export class ApiError extends Error {
  readonly type: ApiErrorType;
  readonly surface: ApiSurface;

  constructor(
    readonly code: ApiErrorCode,
    message?: string,
    /** the query or body parameter at fault, for `bad_request` */
    readonly parameter?: string,
    readonly values: Record<string, string | number> = {},
  ) {
    const [type, surface] = code.split(":") as [ApiErrorType, ApiSurface];
    super(message ?? `errors.api.${type}.${ownMessages.has(code) ? surface : "general"}`);
    this.type = type;
    this.surface = surface;
  }

  get status(): number {
    return statusOf[this.type];
  }

  /** The answer, its message in `language` (the caller's account's, or what it asks for). */
  toResponse(language: Language = defaultLanguage): Response {
    const { type, code: reason, parameter } = this;
    const words = wordsOf(language, undefined);
    const message = words.has(this.message)
      ? words(this.message, { header: bearerHeader, ...this.values })
      : this.message;
    return Response.json(
      { error: { code: type, reason, message, ...(parameter ? { parameter } : {}) } },
      { status: this.status, headers: { "cache-control": "no-store" } },
    );
  }
}
