/**
 * The API routes' one error type. A code names what went wrong and where,
 * `type:surface` (`forbidden:export`, `not_found:live`), and fixes the HTTP
 * status and the message a client reads; the body is the same for every
 * route, as the API has always sent it:
 *
 *     { "error": { "code": "forbidden", "message": "…", "parameter"?: "format" } }
 *
 * Its `code` is the type alone, what a client branches on (a script retries
 * on none of them, signs in again on `unauthorized`, fixes `parameter` on
 * `bad_request`); the surface only chooses the message.
 */

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

const generalMessages: Record<ApiErrorType, string> = {
  bad_request: "The request could not be read.",
  unauthorized: "Sign in first.",
  invalid_token:
    "The API token is unknown, revoked or malformed. Send Authorization: Bearer <token>.",
  forbidden: "Your role does not allow this.",
  cross_origin: "This request came from a page on another site.",
  not_found: "There is no such thing.",
};

/** Where a route says it better than the general message. */
const messages: Partial<Record<ApiErrorCode, string>> = {
  "unauthorized:export": "Sign in, or send a personal API token as Authorization: Bearer <token>.",
  "forbidden:export": "Exports are for editors and admins.",
  "unauthorized:audit": "Sign in as an admin to verify the audit trail.",
  "forbidden:audit": "Only admins may verify the audit trail.",
  "unauthorized:search": "Sign in to search claims.",
  "bad_request:search": "Search for up to 200 characters of text.",
  "unauthorized:similar": "Sign in to look for similar claims.",
  "bad_request:similar": "Send a statement of up to 2000 characters and a quote of up to 5000.",
  "unauthorized:live": "Sign in to follow live changes.",
  "forbidden:live": "You may not follow this claim.",
  "not_found:live": "There is no such claim.",
};

/** Thrown in a route handler (or built by its wrapper) and answered as JSON, never cached. */
export class ApiError extends Error {
  readonly type: ApiErrorType;
  readonly surface: ApiSurface;

  constructor(
    readonly code: ApiErrorCode,
    message?: string,
    /** the query or body parameter at fault, for `bad_request` */
    readonly parameter?: string,
  ) {
    const [type, surface] = code.split(":") as [ApiErrorType, ApiSurface];
    super(message ?? messages[code] ?? generalMessages[type]);
    this.type = type;
    this.surface = surface;
  }

  get status(): number {
    return statusOf[this.type];
  }

  toResponse(): Response {
    const { type: code, message, parameter } = this;
    return Response.json(
      { error: { code, message, ...(parameter ? { parameter } : {}) } },
      { status: this.status, headers: { "cache-control": "no-store" } },
    );
  }
}
