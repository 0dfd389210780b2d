import { ApiError } from "@/lib/api/api-error";
import { withApiActor } from "@/lib/api/with-api-actor";
import { exportPublicUrl, runExport } from "@/lib/export/run";
import {
  apiParameters,
  exportFormats,
  parseExportSelection,
  type ExportFormat,
} from "@/lib/export/selection";

export const dynamic = "force-dynamic";

/**
 * `GET /api/export?format=csv|json|md|claimreview&report=&entity=&from=&to=&status=`
 * streams an export (lib/export/selection.ts says what each parameter
 * selects). Editors and admins only, signed in by the desk's session cookie
 * or by a personal API token (`Authorization: Bearer vdk_…`, made at
 * /export/tokens). Answers, as `{ error: { code, reason, message, parameter? } }`
 * (lib/api/api-error.ts):
 * 401 without a valid session (`unauthorized`) or token (`invalid_token`),
 * 403 below editor, 400 for a bad parameter (naming it and the allowed
 * values). A selection that matches nothing is an empty but valid file.
 */
export const GET = withApiActor(
  {
    surface: "export",
    minimumRole: "editor",
    attempted: "api:/api/export",
    allowToken: true,
    recordSignedOut: false,
  },
  async (request, { actor, channel }) => {
    const params = request.nextUrl.searchParams;
    const formats = params.getAll("format");
    const format = formats[0];
    if (formats.length !== 1 || !exportFormats.includes(format as ExportFormat)) {
      throw new ApiError("bad_request:export", "errors.api.bad_request.format", "format", {
        parameter: "format",
        formats: exportFormats.join(", "),
      });
    }
    const parsed = parseExportSelection(params, { strict: true, known: apiParameters });
    if (!parsed.ok) {
      const [first] = parsed.problems;
      throw new ApiError("bad_request:export", first!.message, first!.parameter, first!.values);
    }

    // an unknown report or entity is a RuleViolation naming its parameter: a 400
    const run = await runExport(actor, {
      selection: parsed.selection,
      format: format as ExportFormat,
      publicUrl: exportPublicUrl(request.nextUrl.origin),
      channel,
    });
    return new Response(run.body, {
      headers: {
        "cache-control": "no-store",
        "content-type": run.contentType,
        "content-disposition": `attachment; filename="${run.fileName}"`,
        "x-content-type-options": "nosniff",
        "x-export-count": String(run.count),
      },
    });
  },
);
