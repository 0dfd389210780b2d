import { NextResponse } from "next/server";
import { z } from "zod";
import { auditVerificationStream } from "@/lib/audit/verification";
import { RuleViolation } from "@/lib/errors";
import { withActor } from "@/lib/form-action";

/**
 * `POST /api/admin/audit/verify` with `{}` or `{"head": "ID:HASH"}`: walks
 * the audit chain and answers NDJSON, a `progress` line per batch and one
 * outcome line (lib/audit/verification-messages.ts). Admins only: 401, 403
 * (both recorded on the trail as refusals) or 400 as `{ error: { code,
 * message } }`, like the other API routes. Closing the request stops the walk.
 */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

const refusals = {
  unauthorized: { status: 401, message: "Sign in as an admin to verify the audit trail." },
  forbidden: { status: 403, message: "Only admins may verify the audit trail." },
  bad_request: { status: 400, message: "The request could not be read." },
} as const;

function refuse(code: keyof typeof refusals, message: string = refusals[code].message) {
  return NextResponse.json(
    { error: { code, message } },
    { status: refusals[code].status, headers: noStore },
  );
}

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

export async function POST(request: Request) {
  return withActor(
    "audit.verify",
    async (actor) => {
      const head = await headFrom(request);
      try {
        const stream = auditVerificationStream(actor, { head, signal: request.signal });
        return new Response(stream, {
          headers: {
            "content-type": "application/x-ndjson; charset=utf-8",
            // no-transform keeps `next start`'s compression from holding the progress lines back
            "cache-control": "no-store, no-transform",
            "x-accel-buffering": "no",
          },
        });
      } catch (error) {
        if (error instanceof RuleViolation) return refuse("bad_request", error.message);
        throw error;
      }
    },
    {
      unauthorized: () => refuse("unauthorized"),
      forbidden: () => refuse("forbidden"),
    },
  );
}
