import { expect, test, type APIRequestContext } from "@playwright/test";
import { readBuiltActions, type BuiltAction } from "../../scripts/testing/actions-inventory";
import { createScene, type Scene } from "./scene";
import { footprint } from "./scene-footprint";
import { callAction, formStatusOf, signedInClient } from "./support";

/**
 * Oversized input is refused cleanly: an answer that says so (a field error,
 * 400 or 413), never a 500 or a hang, nothing stored, and the desk still
 * serves the next request at once.
 */

let scene: Scene;
let built: Map<string, BuiltAction>;
let reviewer: APIRequestContext;
let admin: APIRequestContext;

test.beforeAll(async () => {
  built = new Map(readBuiltActions().map((action) => [action.exportedName, action]));
  scene = await createScene();
  reviewer = await signedInClient(scene.accounts.reviewerA);
  admin = await signedInClient(scene.accounts.admin);
});

test.afterAll(async () => {
  await reviewer.dispose();
  await admin.dispose();
});

async function expectStillServing(client: APIRequestContext) {
  const started = Date.now();
  expect((await client.get("/api/health")).status()).toBe(200);
  expect(Date.now() - started).toBeLessThan(5_000);
}

test("a 1 MB comment gets a field error and is not stored", async () => {
  const before = await footprint(scene);
  const answer = await callAction(
    reviewer,
    built.get("postCommentAction")!,
    { claimId: String(scene.claimId), parentId: "", body: "x".repeat(1024 * 1024) },
    { ids: { claim: scene.claimId } },
  );
  expect(answer.status).toBe(200);
  expect(formStatusOf(answer)).toBe("error");
  expect(answer.body).toContain("A comment is at most 10,000 characters.");
  expect(await footprint(scene)).toEqual(before);
  await expectStillServing(reviewer);
});

test("a 100,000-character claim gets a field error and is not stored", async () => {
  const before = await footprint(scene);
  const answer = await callAction(
    reviewer,
    built.get("createClaimAction")!,
    {
      reportId: String(scene.reportId),
      statement: "The bridge reopened ".repeat(5_000),
      quote: scene.quotes.other,
      attribution: "",
      eventDate: "",
      eventDatePrecision: "day",
    },
    { ids: { report: scene.reportId } },
  );
  expect(answer.status).toBe(200);
  expect(formStatusOf(answer)).toBe("error");
  expect(answer.body).toMatch(/Keep the headline under \d+ characters/);
  expect(await footprint(scene)).toEqual(before);
  await expectStillServing(reviewer);
});

test("a 10 MB action body is refused before the action reads it", async () => {
  const before = await footprint(scene);
  const answer = await callAction(
    reviewer,
    built.get("postCommentAction")!,
    { claimId: String(scene.claimId), parentId: "", body: "x".repeat(10 * 1024 * 1024) },
    { ids: { claim: scene.claimId } },
  );
  // proxy.ts answers from the declared length; Next's own limit would end in a bare 500
  expect(answer.status).toBe(413);
  expect(answer.body).toBe("The form is too large to send.");
  expect(await footprint(scene)).toEqual(before);
  await expectStillServing(reviewer);
});

test("10 MB of JSON to an API route is refused 413 before anything reads it", async () => {
  const response = await admin.post("/api/admin/audit/verify", {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ head: "1:".padEnd(10 * 1024 * 1024, "0") }),
    failOnStatusCode: false,
  });
  expect(response.status()).toBe(413);
  expect((await response.json()).error.code).toBe("bad_request");
  await expectStillServing(admin);
});

test("the sign-in endpoint reads no form bigger than the API limit, signed in or not", async ({
  request,
}) => {
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email: "nobody@example.com", password: "x".repeat(100_000) },
    failOnStatusCode: false,
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  await expectStillServing(admin);
});
