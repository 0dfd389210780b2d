/**
 * A desk user without a browser, for the fault, load and two-instance runs:
 * signs in through Auth.js's credentials endpoint and keeps the cookies, and
 * calls server actions the way React does from a form submitted with
 * JavaScript on: a multipart POST to the page with a `Next-Action` header,
 * the arguments encoded as React's `encodeReply` does for
 * `(previousState, formData)`, and the result read from the Flight answer.
 * Action ids come from the production build's server reference manifest, so
 * a rebuilt app is called by its current ids.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export type FormResult = {
  status: string;
  message?: string;
  fieldErrors?: unknown;
  /** set when the action refused the caller (lib/form-state.ts) */
  refused?: "signed-out" | "forbidden";
};

export type ActionOutcome = {
  /** HTTP status; 0 when no answer came (connection refused, reset, timed out) */
  httpStatus: number;
  /** the FormState the action returned, when it returned one */
  result?: FormResult;
  /** network error or unreadable answer */
  failure?: string;
  ms: number;
};

type ManifestEntry = { filename?: string; exportedName?: string };

/** `file#exportedName` → action id, from `.next/server/server-reference-manifest.json`. */
export function readActionIds(nextDir = ".next"): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync(path.join(nextDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, ManifestEntry> };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename && entry.exportedName)
      ids.set(`${entry.filename}#${entry.exportedName}`, id);
  }
  return ids;
}

/** The id of one action, e.g. `actionId(ids, "app/(desk)/claims/[id]/review-actions.ts", "rateClaimAction")`. */
export function actionId(ids: Map<string, string>, file: string, exportedName: string): string {
  const id = ids.get(`${file}#${exportedName}`);
  if (!id) throw new Error(`No server action ${exportedName} in ${file} in the build`);
  return id;
}

/** The actions these runs call. */
export function deskActions(ids = readActionIds()) {
  const claimPage = "app/(desk)/claims/[id]";
  return {
    rateClaim: actionId(ids, `${claimPage}/review-actions.ts`, "rateClaimAction"),
    addEvidence: actionId(ids, `${claimPage}/evidence-actions.ts`, "addEvidenceAction"),
    postComment: actionId(ids, `${claimPage}/discussion-actions.ts`, "postCommentAction"),
    setAccountActive: actionId(ids, "app/(desk)/admin/users/actions.ts", "setAccountActiveAction"),
  };
}

export type SignInOutcome = { signedIn: boolean; httpStatus: number; location: string | null };

/** One person's cookies against one app server. */
export class DeskSession {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 30_000,
  ) {}

  /** Another session with this one's cookies, against another server (same AUTH_SECRET). */
  on(baseUrl: string): DeskSession {
    const copy = new DeskSession(baseUrl, this.timeoutMs);
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }

  get signedIn(): boolean {
    return [...this.cookies.keys()].some((name) => name.includes("authjs.session-token"));
  }

  async request(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    }
    const response = await fetch(new URL(pathname, this.baseUrl), {
      redirect: "manual",
      signal: AbortSignal.timeout(this.timeoutMs),
      ...init,
      headers,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /**
   * Signs in with Auth.js's credentials callback. Success is a redirect
   * carrying a session cookie; a refusal redirects to the sign-in page with
   * `code=invalid` or `code=locked:SECONDS`.
   */
  async signIn(email: string, password: string): Promise<SignInOutcome> {
    const csrf = await this.request("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    this.cookies.delete("authjs.session-token");
    const response = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/claims" }),
    });
    await response.arrayBuffer();
    const location = response.headers.get("location");
    const refused = !location || new URL(location, this.baseUrl).searchParams.has("error");
    return { signedIn: !refused && this.signedIn, httpStatus: response.status, location };
  }

  /** GET a page or route; the body is read so the connection is free again. */
  async get(pathname: string): Promise<{ status: number; body: string; location: string | null }> {
    const response = await this.request(pathname);
    return {
      status: response.status,
      body: await response.text(),
      location: response.headers.get("location"),
    };
  }

  /**
   * Calls a `(previousState, formData)` server action from `pagePath` (the
   * page whose form holds it), as a browser with JavaScript does.
   */
  async action(
    pagePath: string,
    id: string,
    fields: Record<string, string>,
  ): Promise<ActionOutcome> {
    const body = new FormData();
    // React's encodeReply: the FormData argument becomes part 1 ("$K1"), its fields prefixed
    // "_1_", and the root ("0") comes last: the server resolves "$K1" from the fields before it
    for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
    body.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
    const started = performance.now();
    try {
      const response = await this.request(pagePath, {
        method: "POST",
        headers: {
          accept: "text/x-component",
          "next-action": id,
          origin: new URL(this.baseUrl).origin,
        },
        body,
      });
      const payload = Buffer.from(await response.arrayBuffer());
      const ms = performance.now() - started;
      const contentType = response.headers.get("content-type") ?? "";
      if (!contentType.includes("text/x-component")) return { httpStatus: response.status, ms };
      return { httpStatus: response.status, result: readActionResult(payload), ms };
    } catch (error) {
      return {
        httpStatus: 0,
        failure: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        ms: performance.now() - started,
      };
    }
  }
}

/** Tags of Flight rows whose payload is `<hex length>,<bytes>` rather than a line. */
const lengthPrefixedTags = new Set("TAOoUSsLlGgMmVb".split(""));

/**
 * The action's return value from a Flight answer: row 0 names it
 * (`{"a":"$@<row>"}`), and that row holds it as JSON. Undefined when the
 * action threw (the row is an error) or the answer has no such row.
 */
export function readActionResult(payload: Buffer): FormResult | undefined {
  const rows = new Map<string, string>();
  let at = 0;
  while (at < payload.length) {
    const colon = payload.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = payload.toString("latin1", at, colon);
    const tag = String.fromCharCode(payload[colon + 1] ?? 0);
    const comma = payload.indexOf(0x2c, colon + 2);
    const lengthHex = comma > 0 ? payload.toString("latin1", colon + 2, comma) : "";
    if (lengthPrefixedTags.has(tag) && /^[0-9a-f]+$/.test(lengthHex)) {
      at = comma + 1 + parseInt(lengthHex, 16);
      continue;
    }
    const newline = payload.indexOf(0x0a, colon);
    const end = newline < 0 ? payload.length : newline;
    rows.set(id, payload.toString("utf8", colon + 1, end));
    at = end + 1;
  }
  const parse = (text: string | undefined): unknown => {
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  const root = parse(rows.get("0")) as { a?: unknown } | undefined;
  let value = root?.a;
  if (typeof value === "string" && value.startsWith("$@")) value = parse(rows.get(value.slice(2)));
  if (value && typeof value === "object" && "status" in value) return value as FormResult;
  return undefined;
}
