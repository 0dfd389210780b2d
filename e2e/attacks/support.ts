/**
 * Calling the desk the way an attacker would: no browser, no page, just
 * HTTP. A server action is a POST to any page that holds it, with its id in
 * the `Next-Action` header and its arguments encoded as React's client does
 * (`encodeReply`): part "0" is the argument list as JSON, and a FormData
 * argument travels as parts named `_<n>_<field>`, referenced as "$K<n>".
 */
import { randomBytes } from "node:crypto";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { type BuiltAction } from "../../scripts/testing/actions-inventory";
import { createAccount, withDeskDatabase } from "../support/desk";

export type Account = Awaited<ReturnType<typeof createAccount>>;

/** An API client signed in as `account` through Auth.js's own credentials endpoint. */
export async function signedInClient(account: { email: string; password: string }) {
  const client = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const answer = await client.post("/api/auth/callback/credentials", {
    form: { email: account.email, password: account.password, csrfToken, callbackUrl: "/claims" },
    maxRedirects: 0,
  });
  const cookies = await client.storageState();
  if (!cookies.cookies.some((cookie) => cookie.name.includes("authjs.session-token"))) {
    throw new Error(`Signing in ${account.email} failed (${answer.status()})`);
  }
  return client;
}

/**
 * A client with no session. By default it sends a session cookie that is no
 * session at all, so the proxy (which only looks for the cookie) lets it
 * through and the action or route itself must refuse it.
 */
export async function anonymousClient({ forgedCookie = true } = {}) {
  const origin = new URL(baseURL);
  return playwrightRequest.newContext({
    baseURL,
    storageState: {
      cookies: forgedCookie
        ? [
            {
              name: "authjs.session-token",
              // empty: enough for the proxy, and Auth.js reads it as no session without logging
              // a decryption error for every request
              value: "",
              domain: origin.hostname,
              path: "/",
              expires: -1,
              httpOnly: true,
              secure: false,
              sameSite: "Lax",
            },
          ]
        : [],
      origins: [],
    },
  });
}

export type ActionFields = Record<string, string>;

/** The request body React's client would send for `action(previousState, formData)`. */
export function actionBody(fields: ActionFields): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  // last, as React sends it: the server resolves "$K1" from the parts that came before
  body.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  return body;
}

/** Ids to put in a page's address: the claim for /claims/[id], the report for /reports/[id], … */
export type PageIds = { claim?: number; report?: number; otherClaim?: number; source?: number };

/** The address of the first page that holds the action, its [params] filled in. */
export function pageOf(action: BuiltAction, ids: PageIds): string {
  const route = action.workers[0]!.replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace("/claims/[id]", `/claims/${ids.claim ?? 1}`)
    .replace("/reports/[id]", `/reports/${ids.report ?? 1}`)
    .replace("/sources/[id]", `/sources/${ids.source ?? 1}`)
    .replace("[otherId]", String(ids.otherClaim ?? 2))
    .replace(/\[\w+\]/g, "none");
  return route === "" ? "/" : route;
}

export type ActionCall = {
  status: number;
  body: string;
  location: string | null;
  /** where the action sent the browser (redirect() in an action answers 200 with this header) */
  actionRedirect: string | null;
};

export async function callAction(
  client: APIRequestContext,
  action: BuiltAction,
  fields: ActionFields,
  { ids = {}, origin = new URL(baseURL).origin }: { ids?: PageIds; origin?: string | null } = {},
): Promise<ActionCall> {
  const response = await client.post(pageOf(action, ids), {
    headers: {
      "next-action": action.id,
      accept: "text/x-component",
      ...(origin === null ? {} : { origin }),
    },
    multipart: actionBody(fields),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return {
    status: response.status(),
    body: await response.text(),
    location: response.headers()["location"] ?? null,
    actionRedirect: response.headers()["x-action-redirect"] ?? null,
  };
}

/** The action's answer to the form, from the RSC payload: "success" or "error", or "redirect". */
/** What an action answers its form with when it refuses the caller (lib/form-action.ts). */
export function refusalOf(call: ActionCall): "signed-out" | "forbidden" | undefined {
  if (call.status !== 200) return undefined;
  return call.body.match(/"refused":"(signed-out|forbidden)"/)?.[1] as
    "signed-out" | "forbidden" | undefined;
}

export function formStatusOf(call: ActionCall): string | undefined {
  if (call.status === 200 && call.actionRedirect) return "redirect";
  return call.body.match(/"status":"(success|error|idle)"/)?.[1];
}

/** The last audit event's id, to find the rows a call adds after it. */
export async function lastAuditId(): Promise<number> {
  return withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ id: string | null }>(
      "select max(id) as id from audit_events",
    );
    return Number(rows[0]!.id ?? 0);
  });
}

/** `authz.refused` rows for `attempted` by `actorId` (null: nobody signed in) since `afterId`. */
export async function refusalsSince(
  afterId: number,
  attempted: string,
  actorId: string | null,
): Promise<{ actorId: string | null; after: unknown }[]> {
  return withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ actor_id: string | null; after: unknown }>(
      `select actor_id, after from audit_events
        where id > $1 and action = 'authz.refused' and entity_id = $2
          and actor_id is not distinct from $3`,
      [afterId, attempted, actorId],
    );
    return rows.map((row) => ({ actorId: row.actor_id, after: row.after }));
  });
}

export const uniqueTag = () => randomBytes(4).toString("hex");
