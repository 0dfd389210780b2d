import { expect, test, type APIRequestContext } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { readBuiltActions, type BuiltAction } from "../../scripts/testing/actions-inventory";
import { createScene, type Scene } from "./scene";
import { footprint } from "./scene-footprint";
import { callAction, formStatusOf, signedInClient } from "./support";

/**
 * Cross-site request forgery against a server action: a signed-in
 * reviewer's cookie, sent by a page on another site. Next compares the
 * Origin of an action POST with the Host and aborts a mismatch, `null`
 * (sandboxed frames, some redirects) included, before the action runs. A
 * browser always sends Origin on such a POST, and SameSite=Lax keeps the
 * cookie off a cross-site POST anyway: this is the second lock.
 */

let scene: Scene;
let reviewer: APIRequestContext;
let postComment: BuiltAction;

test.beforeAll(async () => {
  postComment = readBuiltActions().find((action) => action.exportedName === "postCommentAction")!;
  scene = await createScene();
  reviewer = await signedInClient(scene.accounts.reviewerA);
});

test.afterAll(async () => {
  await reviewer.dispose();
});

const comment = (s: Scene, body: string) => ({ claimId: String(s.claimId), parentId: "", body });

for (const origin of ["https://evil.example", "null", "http://localhost.evil.example"]) {
  test(`an action POST from Origin ${origin} is refused before it runs`, async () => {
    const before = await footprint(scene);
    const answer = await callAction(reviewer, postComment, comment(scene, `From ${origin}`), {
      ids: { claim: scene.claimId },
      origin,
    });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(formStatusOf(answer)).toBeUndefined();
    expect(await footprint(scene)).toEqual(before);
  });
}

/**
 * What a plain cross-site `<form method=post enctype=multipart/form-data>`
 * can send, with no script and no Next-Action header: the hidden fields a
 * desk form carries for browsers without JavaScript, which name the action
 * and its bound first argument (the form state).
 */
function noScriptForm(action: BuiltAction, fields: Record<string, string>) {
  const form = new FormData();
  form.append("$ACTION_REF_1", "");
  form.append("$ACTION_1:0", JSON.stringify({ id: action.id, bound: "$@1" }));
  form.append("$ACTION_1:1", JSON.stringify([{ status: "idle" }]));
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

const commentsOnClaim = async () =>
  ((await footprint(scene)) as { comments: unknown[] | null }).comments?.length ?? 0;

for (const [origin, refused] of [
  ["https://evil.example", true],
  [null, false],
] as const) {
  test(`a no-script form posted from ${origin ?? "the desk itself"} is ${refused ? "refused" : "taken"}`, async () => {
    const before = await commentsOnClaim();
    const response = await reviewer.post(`/claims/${scene.claimId}`, {
      headers: { origin: origin ?? new URL(baseURL).origin },
      multipart: noScriptForm(postComment, comment(scene, `A no-script form from ${origin}`)),
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    if (refused) {
      expect(response.status()).toBeGreaterThanOrEqual(400);
      expect(await commentsOnClaim()).toBe(before);
    } else {
      expect(response.status()).toBeLessThan(400);
      expect(await commentsOnClaim()).toBe(before + 1);
    }
  });
}

test("the same POST from the desk's own origin goes through (the request was valid)", async () => {
  const before = await footprint(scene);
  const answer = await callAction(reviewer, postComment, comment(scene, "From the desk itself"), {
    ids: { claim: scene.claimId },
  });
  expect(answer.status).toBe(200);
  expect(formStatusOf(answer)).toBe("success");
  expect(await footprint(scene)).not.toEqual(before);
});

test("the integrity check's POST, sent from another site with an admin's cookie, is refused before it runs", async () => {
  const admin = await signedInClient(scene.accounts.admin);
  try {
    for (const origin of ["https://evil.example", "null"]) {
      const response = await admin.post("/api/admin/audit/verify", {
        headers: { origin },
        data: {},
        failOnStatusCode: false,
      });
      expect(response.status()).toBe(403);
      expect((await response.json()).error.code).toBe("cross_origin");
    }
    const own = await admin.post("/api/admin/audit/verify", {
      headers: { origin: new URL(baseURL).origin },
      data: {},
    });
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain('"type":"intact"');
  } finally {
    await admin.dispose();
  }
});
