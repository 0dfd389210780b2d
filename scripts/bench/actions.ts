/**
 * Server actions as a browser calls them, for the write scenarios. The id of
 * an action comes from the build's server-reference manifest; the body is
 * what React's encodeReply sends for a useActionState form action called with
 * (previous state, form data): the form's fields prefixed "_1_" and, as part
 * "0", the arguments, the form data referenced as "$K1" (checked against the
 * request Chromium makes when a reviewer saves a rating).
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { HttpRequestSpec } from "./load";

type ServerReferenceManifest = {
  node: Record<string, { exportedName?: string; filename?: string }>;
};

/** The build's id for `exportedName` defined in `file` (relative to the project). */
export function serverActionId(exportedName: string, file: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as ServerReferenceManifest;
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && entry.filename === file,
  );
  if (!found) throw new Error(`No server action ${exportedName} from ${file} in the build`);
  return found[0];
}

/**
 * The router state a browser on /claims/<id> sends with an action (as
 * Chromium sent it from this build), so Next renders the same answer for it.
 */
function claimPageRouterState(claimId: number): string {
  const segment = (name: unknown, children: object) => [name, children, null, null, 0];
  const page = segment("__PAGE__", {});
  const claim = segment(["id", String(claimId), "d", null], { children: page });
  const claims = segment("claims", { children: claim });
  const desk = segment("(desk)", { children: claims });
  return encodeURIComponent(JSON.stringify(["", { children: desk }, null, null, 16]));
}

/** A POST of a form action from the claim page, as the signed-in `cookie`. */
export function claimPageActionRequest(options: {
  baseUrl: string;
  actionId: string;
  claimId: number;
  cookie: string;
  fields: Record<string, string>;
}): HttpRequestSpec {
  const boundary = `----bench${randomBytes(8).toString("hex")}`;
  const parts: Array<[string, string]> = [
    ...Object.entries(options.fields).map(([name, value]): [string, string] => [
      `_1_${name}`,
      value,
    ]),
    ["0", JSON.stringify([{ status: "idle" }, "$K1"])],
  ];
  const body = Buffer.from(
    parts
      .map(
        ([name, value]) =>
          `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join("") + `--${boundary}--\r\n`,
  );
  return {
    method: "POST",
    path: `/claims/${options.claimId}`,
    headers: {
      cookie: options.cookie,
      accept: "text/x-component",
      "next-action": options.actionId,
      "next-router-state-tree": claimPageRouterState(options.claimId),
      origin: options.baseUrl,
      "content-type": `multipart/form-data; boundary=${boundary}`,
    },
    body,
  };
}

/** Names what went wrong in a server action's 200 answer, or null when it saved. */
export function actionRefusal(_status: number, body: string): string | null {
  if (body.includes('"status":"success"')) return null;
  const message = body.match(/"message":"([^"]{0,80})/)?.[1];
  return `action did not save${message ? `: ${message}` : ""}`;
}

/** The same request for fetch(), which takes bytes rather than a Buffer. */
export function fetchInit(spec: HttpRequestSpec): RequestInit {
  const body =
    typeof spec.body === "string" || spec.body === undefined
      ? spec.body
      : new Uint8Array(spec.body);
  return { method: spec.method ?? "GET", headers: spec.headers, body };
}
