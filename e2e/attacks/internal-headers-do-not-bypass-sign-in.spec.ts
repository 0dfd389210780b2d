import { expect, test, type APIResponse } from "@playwright/test";
import { withDeskDatabase } from "../support/desk";
import { anonymousClient } from "./support";

/**
 * CVE-2025-29927: Next.js once skipped middleware for a request carrying
 * `x-middleware-subrequest` naming it, so a forged header walked past a
 * middleware-only login check. Here every header Next uses between its own
 * parts is forged, alone and all together, by a caller with no session and
 * by one with an empty session cookie (which gets past the proxy's cookie
 * check on purpose): pages still send them to sign in and APIs still answer
 * 401 (or Next's empty answer to a prefetch, which runs nothing), because
 * the pages and routes check the session themselves.
 */

const repeat = (name: string) => Array.from({ length: 5 }, () => name).join(":");

const forgedHeaders: Record<string, string>[] = [
  { "x-middleware-subrequest": repeat("middleware") },
  { "x-middleware-subrequest": repeat("proxy") },
  { "x-middleware-subrequest": repeat("src/middleware") },
  { "x-middleware-subrequest": repeat("src/proxy") },
  { "x-middleware-subrequest": "pages/_middleware" },
  { "x-middleware-subrequest": "middleware" },
  { "x-middleware-subrequest": "proxy" },
  { "x-middleware-invoke": "1" },
  { "x-middleware-next": "1" },
  { "x-middleware-skip": "1" },
  { "x-middleware-prefetch": "1" },
  { "x-middleware-rewrite": "/api/health" },
  { "x-middleware-override-headers": "cookie", "x-middleware-request-cookie": "x=1" },
  { "x-nextjs-data": "1" },
  { "x-nextjs-rewrite": "/api/health" },
  { "x-invoke-path": "/api/health", "x-invoke-status": "200", "x-invoke-query": "{}" },
  { "x-matched-path": "/api/health" },
  { "x-now-route-matches": "1" },
  { rsc: "1", "next-router-prefetch": "1" },
  { "x-forwarded-host": "localhost", "x-real-ip": "127.0.0.1" },
  // the desk's own: the socket address the login throttle counts (lib/security/socket-address.ts)
  { "x-desk-socket-address": "0123456789abcdef0123456789abcdef 127.0.0.1" },
];
const allAtOnce = Object.assign({}, ...forgedHeaders.slice(1)) as Record<string, string>;
allAtOnce["x-middleware-subrequest"] = repeat("proxy");

/**
 * Next answers a data prefetch (`x-middleware-prefetch`) with an empty `{}`
 * without running the page, the route or the proxy: nothing to bypass.
 */
async function isEmptyPrefetchAnswer(response: APIResponse) {
  return (
    response.status() === 200 &&
    response.headers()["x-middleware-skip"] === "1" &&
    (await response.text()) === "{}"
  );
}

/** Text that only a signed-in page shows: people's emails, claim statements, report titles. */
async function someDeskData(): Promise<string[]> {
  return withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ text: string }>(
      `(select email as text from users where email like '%@demo.test')
       union all (select statement from claims order by id limit 5)
       union all (select title from reports order by id limit 5)`,
    );
    return rows.map((row) => row.text);
  });
}

const pages = ["/claims", "/admin/users", "/dashboard", "/export"];
const apis = ["/api/export?format=csv&status=all", "/api/claims/search?q=a", "/api/live/claims"];

for (const forgedCookie of [false, true]) {
  const who = forgedCookie ? "an empty session cookie" : "no session cookie";

  // Redirects are followed: Next first sends an RSC request to its own address with a
  // cache-busting _rsc. An RSC request gets the sign-in redirect inside the RSC answer (or, for a
  // prefetch, only the route's outline), so the test is that none of the desk's data comes back.
  test(`pages still send a caller with ${who} to sign in`, async () => {
    const deskData = await someDeskData();
    const client = await anonymousClient({ forgedCookie });
    for (const headers of [...forgedHeaders, allAtOnce]) {
      for (const path of pages) {
        const response = await client.get(path, { headers, failOnStatusCode: false });
        const label = `${path} with ${JSON.stringify(headers)}`;
        if (await isEmptyPrefetchAnswer(response)) continue;
        const body = await response.text();
        for (const data of deskData) expect(body, label).not.toContain(data);
        if (new URL(response.url()).pathname === "/login") continue;
        expect(response.headers()["content-type"], label).toMatch(/^text\/x-component/);
        if (!headers["next-router-prefetch"])
          expect(body, label).toMatch(/NEXT_REDIRECT;\w+;\/login/);
      }
    }
    await client.dispose();
  });

  test(`APIs still answer 401 to a caller with ${who}`, async () => {
    const client = await anonymousClient({ forgedCookie });
    for (const headers of [...forgedHeaders, allAtOnce]) {
      for (const path of apis) {
        const response = await client.get(path, { headers, failOnStatusCode: false });
        if (await isEmptyPrefetchAnswer(response)) continue;
        expect(response.status(), `${path} with ${JSON.stringify(headers)}`).toBe(401);
      }
    }
    await client.dispose();
  });
}
