import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { claims, reports, users, verdicts, type User } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { createApiToken } from "@/lib/api-tokens/tokens";
import { GET } from "./route";

// the session (Auth.js) does not load outside Next; who the cookie belongs to is set per test
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const call = (query: string, token?: string) =>
  GET(
    new NextRequest(`http://desk.test/api/export?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
  );

describe("GET /api/export", () => {
  it("streams the file with its name, and refuses bad tokens and bad parameters in JSON", async () => {
    const editor = await makeUser("editor");
    const [report] = await getDb()
      .insert(reports)
      .values({ title: "Route test", language: "ar" })
      .returning();
    const [claim] = await getDb()
      .insert(claims)
      .values({
        reportId: report!.id,
        statement: "A route test claim.",
        quote: "اقتباس",
        quoteLanguage: "ar",
        anchorExact: "اقتباس",
      })
      .returning();
    await getDb()
      .insert(verdicts)
      .values({ claimId: claim!.id, verdict: "verified", rationale: "Yes.", decidedBy: editor.id });
    const { token } = await createApiToken(editor, { name: "route test" });

    const ok = await call(`format=csv&report=${report!.id}`, token);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(ok.headers.get("content-disposition")).toMatch(
      new RegExp(
        `^attachment; filename="verified-claims-report-${report!.id}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`,
      ),
    );
    expect(ok.headers.get("x-export-count")).toBe("1");
    const bytes = new Uint8Array(await ok.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain("A route test claim.");

    const cases: Array<[string, string | undefined, number, object]> = [
      ["format=csv", `vdk_${"A".repeat(43)}`, 401, { code: "invalid_token" }],
      [
        "format=pdf",
        token,
        400,
        { code: "bad_request", reason: "bad_request:export", parameter: "format" },
      ],
      ["format=csv&format=json", token, 400, { parameter: "format" }],
      ["format=csv&colour=red", token, 400, { parameter: "colour" }],
      ["format=csv&from=2025-02-01&to=2025-01-01", token, 400, { parameter: "to" }],
      ["format=csv&status=maybe", token, 400, { parameter: "status" }],
      ["format=csv&report=999999", token, 400, { parameter: "report" }],
    ];
    for (const [query, bearer, status, error] of cases) {
      const response = await call(query, bearer);
      expect(response.status, query).toBe(status);
      expect(await response.json(), query).toEqual({ error: expect.objectContaining(error) });
    }
  });

  it("answers 403 to a reviewer's token", async () => {
    const editor = await makeUser("editor");
    const { token } = await createApiToken(editor, { name: "demoted later" });
    await getDb().update(users).set({ role: "reviewer" }).where(eq(users.id, editor.id));
    const response = await call("format=json", token);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: {
        code: "forbidden",
        reason: "forbidden:export",
        message: "Exports are for editors and admins.",
      },
    });
  });

  it("answers 401 in JSON to a caller with neither a session nor a token", async () => {
    session.user = null;
    const response = await call("format=csv");
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("serves an editor's session, and refuses a reviewer's with 403", async () => {
    session.user = await makeUser("editor");
    const ok = await call("format=md&status=all");
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/^# Claims\n\nExported /);
    session.user = await makeUser("reviewer");
    expect((await call("format=md")).status).toBe(403);
    session.user = null;
  });
});
