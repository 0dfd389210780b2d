import { NextResponse, type NextRequest } from "next/server";
import type { User } from "@/db/schema";
import { authenticateApiToken } from "@/lib/api-tokens/tokens";
import { recordRefusal } from "@/lib/audit/refusal";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { RuleViolation } from "@/lib/errors";
import { exportPublicUrl, runExport, type ExportChannel } from "@/lib/export/run";
import {
  apiParameters,
  exportFormats,
  parseExportSelection,
  type ExportFormat,
} from "@/lib/export/selection";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

function problem(status: number, code: string, message: string, parameter?: string) {
  return NextResponse.json(
    { error: { code, message, ...(parameter ? { parameter } : {}) } },
    { status, headers: noStore },
  );
}

/**
 * `GET /api/export?format=csv|json|md|claimreview&report=&entity=&from=&to=&status=`
 * streams an export (lib/export/selection.ts says what each parameter
 * selects). Editors and admins only, signed in by the desk's session cookie
 * or by a personal API token (`Authorization: Bearer vdk_…`, made at
 * /export/tokens). Answers, as `{ error: { code, message, parameter? } }`:
 * 401 without a valid session or token, 403 below editor, 400 for a bad
 * parameter (naming it and the allowed values). A selection that matches
 * nothing is an empty but valid file.
 */
export async function GET(request: NextRequest) {
  const authorization = request.headers.get("authorization");
  let actor: User | null;
  let channel: ExportChannel;
  if (authorization !== null) {
    // a script that sends a token means it: a bad one is refused, not replaced by a cookie
    const owner = await authenticateApiToken(authorization);
    if (!owner) {
      return problem(
        401,
        "invalid_token",
        "The API token is unknown, revoked or malformed. Send Authorization: Bearer <token>.",
      );
    }
    actor = owner.user;
    channel = { via: "api_token", tokenId: owner.tokenId };
  } else {
    actor = await getCurrentUser();
    channel = { via: "session" };
  }
  if (!actor) {
    return problem(
      401,
      "unauthorized",
      "Sign in, or send a personal API token as Authorization: Bearer <token>.",
    );
  }
  if (!hasRole(actor.role, "editor")) {
    await recordRefusal(actor.id, "api:/api/export", { role: actor.role, required: "editor" });
    return problem(403, "forbidden", "Exports are for editors and admins.");
  }

  const params = request.nextUrl.searchParams;
  const formats = params.getAll("format");
  const format = formats[0];
  if (formats.length !== 1 || !exportFormats.includes(format as ExportFormat)) {
    return problem(
      400,
      "bad_request",
      `format must be one of ${exportFormats.join(", ")}.`,
      "format",
    );
  }
  const parsed = parseExportSelection(params, { strict: true, known: apiParameters });
  if (!parsed.ok) {
    const [first] = parsed.problems;
    return problem(400, "bad_request", first!.message, first!.parameter);
  }

  try {
    const run = await runExport(actor, {
      selection: parsed.selection,
      format: format as ExportFormat,
      publicUrl: exportPublicUrl(request.nextUrl.origin),
      channel,
    });
    return new Response(run.body, {
      headers: {
        ...noStore,
        "content-type": run.contentType,
        "content-disposition": `attachment; filename="${run.fileName}"`,
        "x-content-type-options": "nosniff",
        "x-export-count": String(run.count),
      },
    });
  } catch (error) {
    if (error instanceof RuleViolation) {
      return problem(400, "bad_request", error.message, error.field);
    }
    throw error;
  }
}
