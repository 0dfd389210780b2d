import { expect, test, type APIRequestContext } from "@playwright/test";
import { routePolicies, type RouteName } from "../../scripts/testing/actions-inventory";
import { below, directCallers, withArticle } from "./direct-callers";
import { anonymousClient, lastAuditId, refusalsSince } from "./support";

/**
 * Every API route, called directly over HTTP: by nobody (with a forged
 * session cookie and without one), and by every role below the route's
 * minimum. Each must answer 401 or 403 and leave an `authz.refused` row on
 * the audit trail (the read-only GET routes do not record callers without a
 * session: see routePolicies). The server actions are
 * direct-calls-to-actions-are-refused.spec.ts.
 */

const callers = directCallers();

/** What a route is sent: the same for every caller. */
const routeRequests: Record<RouteName, { path: string; body?: string } | null> = {
  "GET /api/auth/[...nextauth]": null,
  "POST /api/auth/[...nextauth]": null,
  "GET /api/health": null,
  "GET /api/claims/search": { path: "/api/claims/search?q=bridge" },
  "GET /api/claims/similar": { path: "/api/claims/similar?statement=bridge%20reopened" },
  "GET /api/live/claims": { path: "/api/live/claims" },
  "GET /api/export": { path: "/api/export?format=csv&status=all" },
  "POST /api/admin/audit/verify": { path: "/api/admin/audit/verify", body: "{}" },
  "GET /api/unsubscribe": null,
  "POST /api/unsubscribe": null,
  // a page's link, not an API: e2e/attacks/notifications-are-their-own.spec.ts
  "GET /notifications/[id]": null,
};

for (const [route, policy] of Object.entries(routePolicies) as [
  RouteName,
  (typeof routePolicies)[RouteName],
][]) {
  const sent = routeRequests[route];
  if (policy.minimum === "public" || !sent) continue;
  const method = route.split(" ")[0]!;

  const send = (client: APIRequestContext) =>
    client.fetch(sent.path, {
      method,
      data: sent.body,
      headers: sent.body ? { "content-type": "application/json" } : {},
      maxRedirects: 0,
      failOnStatusCode: false,
    });

  test(`${route}: refused to a caller without a session (401)`, async () => {
    const auditedUpTo = await lastAuditId();
    for (const forgedCookie of [false, true]) {
      const client = await anonymousClient({ forgedCookie });
      const response = await send(client);
      expect(response.status()).toBe(401);
      expect((await response.json()).error.code).toMatch(/unauthorized/);
      await client.dispose();
    }
    if (policy.auditsAnonymous && "audit" in policy) {
      const refusals = await refusalsSince(auditedUpTo, policy.audit, null);
      expect(refusals.length).toBeGreaterThanOrEqual(2);
    }
  });

  for (const role of below(policy.minimum)) {
    test(`${route}: refused to ${withArticle(role)} (403)`, async () => {
      const auditedUpTo = await lastAuditId();
      const response = await send(callers.clients.get(role)!);
      expect(response.status()).toBe(403);
      expect((await response.json()).error.code).toBe("forbidden");
      expect(
        await refusalsSince(
          auditedUpTo,
          (policy as { audit: string }).audit,
          callers.accountOf(role).id,
        ),
      ).toHaveLength(1);
    });
  }
}
