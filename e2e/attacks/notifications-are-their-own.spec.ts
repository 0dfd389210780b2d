import { expect, test, type APIRequestContext } from "@playwright/test";
import { readBuiltActions, type BuiltAction } from "../../scripts/testing/actions-inventory";
import { withDeskDatabase } from "../support/desk";
import { createScene, type Scene } from "./scene";
import {
  anonymousClient,
  callAction,
  formStatusOf,
  lastAuditId,
  refusalsSince,
  signedInClient,
} from "./support";

/**
 * IDOR on notifications: their ids are small integers anyone can count
 * through. Reviewer B opens and marks reviewer A's notification by its id;
 * each answer is "not found" (404 for the link, a form error for the
 * action), the attempt is on the audit trail naming B, and A's notification
 * stays unread. Then A opens it and lands on the comment. The unsubscribe
 * endpoint, open without a session, refuses a token the desk did not sign.
 */

let scene: Scene;
let built: Map<string, BuiltAction>;
let reviewerA: APIRequestContext;
let reviewerB: APIRequestContext;

test.beforeAll(async () => {
  built = new Map(readBuiltActions().map((action) => [action.exportedName, action]));
  scene = await createScene();
  reviewerA = await signedInClient(scene.accounts.reviewerA);
  reviewerB = await signedInClient(scene.accounts.reviewerB);
});

test.afterAll(async () => {
  for (const client of [reviewerA, reviewerB]) await client.dispose();
});

const readAt = () =>
  withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ read_at: Date | null }>(
      "select read_at from notifications where id = $1",
      [scene.notificationId],
    );
    return rows[0]!.read_at;
  });

test("another person's notification answers 404 to its link, and the attempt is audited", async () => {
  const auditedUpTo = await lastAuditId();
  const response = await reviewerB.get(`/notifications/${scene.notificationId}`, {
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain(String(scene.claimId));
  const refusals = await refusalsSince(
    auditedUpTo,
    "notification.read",
    scene.accounts.reviewerB.id,
  );
  expect(refusals).toHaveLength(1);
  expect(refusals[0]!.after).toMatchObject({ notificationId: scene.notificationId });
  // an id that does not exist answers the same
  const missing = await reviewerB.get("/notifications/999999999", {
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  expect(missing.status()).toBe(404);
  expect(await readAt()).toBeNull();
});

/** Reviewer B's form marking A's notification read: refused, its answer returned. */
async function reviewerBMarksItRead() {
  const call = await callAction(
    reviewerB,
    built.get("markNotificationReadAction")!,
    { notificationId: String(scene.notificationId) },
    { ids: { claim: scene.claimId } },
  );
  expect(formStatusOf(call), call.body.slice(0, 300)).toBe("error");
  return call;
}

test("marking another person's notification read is refused as not found, and audited", async () => {
  const auditedUpTo = await lastAuditId();
  const call = await reviewerBMarksItRead();
  expect(call.body).toContain("The notification was not found.");
  expect(
    await refusalsSince(auditedUpTo, "notification.read", scene.accounts.reviewerB.id),
  ).toHaveLength(1);
  expect(await readAt()).toBeNull();
});

test("a person who reads the desk in Arabic is told not found in Arabic, by the link and the form", async () => {
  const readsIn = (language: "ar" | null) =>
    withDeskDatabase((db) =>
      db.query("update users set interface_language = $1 where id = $2", [
        language,
        scene.accounts.reviewerB.id,
      ]),
    );
  await readsIn("ar");
  try {
    const link = await reviewerB.get(`/notifications/${scene.notificationId}`, {
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    expect(link.status()).toBe(404);
    expect(await link.text()).toBe("لا يوجد إشعار كهذا بين إشعاراتك.");
    const call = await reviewerBMarksItRead();
    expect(call.body).toContain("لم يُعثر على الإشعار.");
    expect(await readAt()).toBeNull();
  } finally {
    await readsIn(null);
  }
});

test("without a session the link sends to sign-in and reads nothing", async () => {
  const client = await anonymousClient();
  const response = await client.get(`/notifications/${scene.notificationId}`, {
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  expect(response.status()).toBe(303);
  expect(response.headers()["location"]).toMatch(/\/login\?next=/);
  await client.dispose();
  expect(await readAt()).toBeNull();
});

test("its own person opens it: marked read, sent to the comment", async () => {
  const response = await reviewerA.get(`/notifications/${scene.notificationId}`, {
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  expect(response.status()).toBe(303);
  expect(new URL(response.headers()["location"]!).pathname).toBe(`/claims/${scene.claimId}`);
  expect(response.headers()["location"]).toMatch(new RegExp(`#comment-${scene.commentId}$`));
  expect(await readAt()).not.toBeNull();
});

test("an unsubscribe token the desk did not sign changes nothing", async () => {
  const client = await anonymousClient({ forgedCookie: false });
  const forged = `${Buffer.from(`${scene.accounts.reviewerA.id}:mentioned`).toString("base64url")}.${"A".repeat(43)}`;
  const response = await client.post(`/api/unsubscribe?token=${forged}`, {
    failOnStatusCode: false,
    maxRedirects: 0,
  });
  expect(response.status()).toBe(404);
  await client.dispose();
  const rows = await withDeskDatabase(
    async (db) =>
      (
        await db.query("select kind from notification_preferences where user_id = $1", [
          scene.accounts.reviewerA.id,
        ])
      ).rows,
  );
  expect(rows).toEqual([]);
});
