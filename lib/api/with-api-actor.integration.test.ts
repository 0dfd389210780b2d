import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { auditEvents, type User } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { createApiToken } from "@/lib/api-tokens/tokens";
import { assertRole, ForbiddenError } from "@/lib/auth/authorization";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { ApiError } from "./api-error";
import { withApiActor, type ApiCaller, type ApiPolicy } from "./with-api-actor";

// the session (Auth.js) does not load outside Next; who the cookie belongs to is set per test
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => session.user,
  getEndedSession: async () => null,
}));

/** A route whose handler does what the test asks, recording how it was called. */
function route(policy: Partial<ApiPolicy>, behave: (caller: ApiCaller) => Promise<Response>) {
  const attempted = `test.route_${randomBytes(4).toString("hex")}`;
  const handled: ApiCaller[] = [];
  const GET = withApiActor(
    { surface: "export", minimumRole: "editor", attempted, ...policy },
    async (_request, caller) => {
      handled.push(caller);
      return behave(caller);
    },
  );
  const call = (token?: string) =>
    GET(
      new NextRequest("http://desk.test/api/test", {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }),
    );
  const refusals = () =>
    getDb()
      .select({ actorId: auditEvents.actorId, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "authz.refused"), eq(auditEvents.entityId, attempted)));
  return { call, handled, refusals };
}

const ok = async () => new Response("done");
const throwing = (error: Error) =>
  route({}, async () => {
    throw error;
  });
/** A JSON answer's status and body together. */
const answered = async (response: Response) => ({
  status: response.status,
  body: (await response.json()) as unknown,
});

let editor: User;
let reviewer: User;

beforeAll(async () => {
  [editor, reviewer] = await Promise.all([makeUser("editor"), makeUser("reviewer")]);
});

describe("withApiActor", () => {
  it("answers a caller without a session 401, recorded unless the route says not to", async () => {
    session.user = null;
    const recorded = route({}, ok);
    const response = await recorded.call();
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      error: {
        code: "unauthorized",
        reason: "unauthorized:export",
        message: "Sign in, or send a personal API token as Authorization: Bearer <token>.",
      },
    });
    expect(await recorded.refusals()).toEqual([
      { actorId: null, after: { reason: "not signed in", ip: "unknown" } },
    ]);
    expect(recorded.handled).toEqual([]);

    const quiet = route({ recordSignedOut: false }, ok);
    expect((await quiet.call()).status).toBe(401);
    expect(await quiet.refusals()).toEqual([]);
  });

  it("refuses a role below the route's minimum before the handler runs, and records it", async () => {
    session.user = reviewer;
    // the handler would say 404: a reviewer must not learn even that
    const guarded = throwing(new ApiError("not_found:export"));
    expect(await answered(await guarded.call())).toEqual({
      status: 403,
      body: {
        error: {
          code: "forbidden",
          reason: "forbidden:export",
          message: "Exports are for editors and admins.",
        },
      },
    });
    expect(guarded.handled).toEqual([]);
    expect(await guarded.refusals()).toEqual([
      { actorId: reviewer.id, after: { role: "reviewer", required: "editor" } },
    ]);
  });

  it("answers 404 for what does not exist, then 403 for what the data layer refuses", async () => {
    session.user = editor;
    const missing = throwing(new NotFoundError("report"));
    expect(await answered(await missing.call())).toEqual({
      status: 404,
      body: {
        error: {
          code: "not_found",
          reason: "not_found:export",
          message: "The report was not found.",
        },
      },
    });

    const ownedByOthers = route({}, async ({ actor }) => {
      assertRole(actor, "admin");
      return ok();
    });
    const forbidden = await ownedByOthers.call();
    expect(forbidden.status).toBe(403);
    expect(await ownedByOthers.refusals()).toEqual([
      { actorId: editor.id, after: { role: "editor", required: "admin" } },
    ]);
    expect(await missing.refusals()).toEqual([]);
  });

  it("tells an Arabic account its refusals in Arabic, the codes as they are", async () => {
    // the account's language, whatever the request's Accept-Language says
    session.user = { ...editor, interfaceLanguage: "ar" };
    expect(await answered(await throwing(new NotFoundError("claim")).call())).toEqual({
      status: 404,
      body: {
        error: { code: "not_found", reason: "not_found:export", message: "لم يُعثر على الادعاء." },
      },
    });
    const gone = throwing(new NotFoundError("reportTextVersion", { number: 3 }));
    expect(await answered(await gone.call())).toEqual({
      status: 404,
      body: {
        error: {
          code: "not_found",
          reason: "not_found:export",
          message: "لم يُعثر على النسخة 3 من نص هذا التقرير.",
        },
      },
    });
    const rule = throwing(new RuleViolation("export.problems.noReport", "report", { id: 9 }));
    expect(await answered(await rule.call())).toEqual({
      status: 400,
      body: {
        error: {
          code: "bad_request",
          reason: "bad_request:export",
          message: "لا يوجد تقرير معرّفه 9.",
          parameter: "report",
        },
      },
    });
    session.user = { ...reviewer, interfaceLanguage: "ar" };
    expect(await answered(await route({}, ok).call())).toEqual({
      status: 403,
      body: {
        error: {
          code: "forbidden",
          reason: "forbidden:export",
          message: "التصدير للمحرِّرين والمديرين فقط.",
        },
      },
    });
  });

  it("answers a broken rule 400 naming its parameter, and lets bugs through", async () => {
    session.user = editor;
    const rule = throwing(new RuleViolation("There is no report with id 9.", "report"));
    expect(await answered(await rule.call())).toEqual({
      status: 400,
      body: {
        error: {
          code: "bad_request",
          reason: "bad_request:export",
          message: "There is no report with id 9.",
          parameter: "report",
        },
      },
    });
    await expect(throwing(new TypeError("x is not a function")).call()).rejects.toThrow(TypeError);
    expect((await throwing(new ForbiddenError("owner")).call()).status).toBe(403);
  });

  it("takes an API token where the route allows one: as its owner, never falling back to the cookie", async () => {
    session.user = reviewer;
    const { token } = await createApiToken(editor, {
      name: `route test ${randomBytes(2).toString("hex")}`,
    });
    const scripted = route({ allowToken: true }, ok);
    expect((await scripted.call(token)).status).toBe(200);
    expect(scripted.handled).toEqual([
      { actor: expect.objectContaining({ id: editor.id }), channel: expect.any(Object) },
    ]);
    expect(scripted.handled[0]!.channel).toMatchObject({ via: "api_token" });

    const bad = await scripted.call(`vdk_${"A".repeat(43)}`);
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid_token" } });
    expect(scripted.handled).toHaveLength(1);

    // a route without tokens reads the session, whatever the header says: here a reviewer's
    const sessionOnly = route({}, ok);
    expect((await sessionOnly.call(token)).status).toBe(403);
    session.user = editor;
    expect((await sessionOnly.call(token)).status).toBe(200);
    expect(sessionOnly.handled[0]!.channel).toEqual({ via: "session" });
  });

  it("refuses a POST sent by a page on another site before anything, and serves the desk's own", async () => {
    session.user = editor;
    const attempted = `test.route_${randomBytes(4).toString("hex")}`;
    let handled = 0;
    const POST = withApiActor({ surface: "audit", minimumRole: "editor", attempted }, async () => {
      handled += 1;
      return ok();
    });
    const post = (origin: string) =>
      POST(
        new NextRequest("http://desk.test/api/test", {
          method: "POST",
          headers: { host: "desk.test", origin },
          body: "{}",
        }),
      );
    for (const origin of ["https://evil.example", "null", "http://desk.test.evil.example"]) {
      expect(await answered(await post(origin))).toEqual({
        status: 403,
        body: {
          error: {
            code: "cross_origin",
            reason: "cross_origin:audit",
            message: "This request came from a page on another site.",
          },
        },
      });
    }
    expect(handled).toBe(0);
    expect((await post("http://desk.test")).status).toBe(200);
    expect(handled).toBe(1);
  });
});
