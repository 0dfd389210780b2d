import { z } from "zod";
import { withApiActor } from "@/lib/api/with-api-actor";
import { auditVerificationStream } from "@/lib/audit/verification";

/**
 * `POST /api/admin/audit/verify` with `{}` or `{"head": "ID:HASH"}`: walks
 * the audit chain and answers NDJSON, a `progress` line per batch and one
 * outcome line (lib/audit/verification-messages.ts). Admins only: 401, 403
 * (both recorded on the trail as refusals) or 400 for a head that is not one,
 * as `{ error: { code, reason, message, parameter? } }` like the other API routes.
 * Closing the request stops the walk.
 */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const bodySchema = z.object({ head: z.string().max(200).optional() });

/** The pasted head; "" for a body that is not `{ head?: string }`, so it fails as a bad head after the role check. */
async function headFrom(request: Request): Promise<string | undefined> {
  const text = await request.text();
  if (text.trim() === "") return undefined;
  try {
    const body = bodySchema.safeParse(JSON.parse(text));
    return body.success ? body.data.head : "";
  } catch {
    return "";
  }
}

export const POST = withApiActor(
  { surface: "audit", minimumRole: "admin", attempted: "audit.verify" },
  async (request, { actor }) => {
    const head = await headFrom(request);
    // a head that is not one is a RuleViolation: a 400 naming `head`
    const stream = auditVerificationStream(actor, { head, signal: request.signal });
    return new Response(stream, {
      headers: {
        "content-type": "application/x-ndjson; charset=utf-8",
        // no-transform keeps `next start`'s compression from holding the progress lines back
        "cache-control": "no-store, no-transform",
        "x-accel-buffering": "no",
      },
    });
  },
);
