import { describe, expect, it } from "vitest";
import { ApiError, type ApiErrorCode } from "./api-error";

describe("ApiError", () => {
  it("answers 401, 404, 403 and 400 by its type, with the route's message where it has one", async () => {
    const cases: Array<[ApiErrorCode, number, string]> = [
      ["unauthorized:live", 401, "Sign in to follow live changes."],
      ["invalid_token:export", 401, "The API token is unknown, revoked or malformed."],
      ["not_found:live", 404, "There is no such claim."],
      ["forbidden:audit", 403, "Only admins may verify the audit trail."],
      ["forbidden:search", 403, "Your role does not allow this."],
      ["bad_request:search", 400, "Search for up to 200 characters of text."],
    ];
    for (const [code, status, message] of cases) {
      const response = new ApiError(code).toResponse();
      expect(response.status, code).toBe(status);
      expect(response.headers.get("cache-control"), code).toBe("no-store");
      const body = (await response.json()) as {
        error: { code: string; reason: string; message: string };
      };
      expect(body.error.code, code).toBe(code.split(":")[0]);
      // the whole code too, type and route, as the server's tests and logs name the refusal
      expect(body.error.reason, code).toBe(code);
      expect(body.error.message, code).toContain(message);
    }
  });

  it("tells the message in the caller's language, the code and the header to send as they are", async () => {
    const body = async (response: Response) =>
      ((await response.json()) as { error: { code: string; message: string } }).error;
    expect(await body(new ApiError("forbidden:export").toResponse("ar"))).toEqual({
      code: "forbidden",
      reason: "forbidden:export",
      message: "التصدير للمحرِّرين والمديرين فقط.",
    });
    expect(await body(new ApiError("invalid_token:export").toResponse("ar"))).toEqual({
      code: "invalid_token",
      reason: "invalid_token:export",
      message:
        "مفتاح الواجهة البرمجية غير معروف أو مُبطَل أو تالف. أرسله هكذا: Authorization: Bearer <token>.",
    });
    expect((await body(new ApiError("invalid_token:export").toResponse())).message).toBe(
      "The API token is unknown, revoked or malformed. Send Authorization: Bearer <token>.",
    );
  });

  it("names the parameter at fault only when there is one", async () => {
    const named = new ApiError("bad_request:export", "format must be one of csv.", "format");
    expect(await named.toResponse().json()).toEqual({
      error: {
        code: "bad_request",
        reason: "bad_request:export",
        message: "format must be one of csv.",
        parameter: "format",
      },
    });
    expect(await new ApiError("bad_request:audit").toResponse().json()).toEqual({
      error: {
        code: "bad_request",
        reason: "bad_request:audit",
        message: "The request could not be read.",
      },
    });
  });
});
