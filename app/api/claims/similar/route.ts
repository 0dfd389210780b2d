import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { similarClaimAnswer } from "@/lib/duplicates/answer";
import { findSimilarClaims } from "@/lib/duplicates/similar";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  statement: z.string().max(2000).default(""),
  quote: z.string().max(5000).default(""),
  exclude: z.coerce.number().int().positive().optional(),
});

const noStore = { "cache-control": "no-store" };

/**
 * Claims on the desk that look the same as the one being written, for the
 * "Make claim" form, as `[{ id, statement, status, report, score,
 * sharedValues, conflict, statementMarks, quoteMarks }]`, at most five. The
 * form asks as the reviewer types, and drops answers to questions it no
 * longer has. Signed-in people only: a 401 here, not a redirect.
 */
export async function GET(request: NextRequest) {
  const actor = await getCurrentUser();
  if (!actor) {
    return NextResponse.json(
      { error: { code: "unauthorized", message: "Sign in to look for similar claims." } },
      { status: 401, headers: noStore },
    );
  }
  const parsed = querySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    return NextResponse.json(
      {
        error: {
          code: "bad_request",
          message: "Send a statement of up to 2000 characters and a quote of up to 5000.",
        },
      },
      { status: 400, headers: noStore },
    );
  }
  const { statement, quote, exclude } = parsed.data;
  const similar = await findSimilarClaims(
    actor,
    { statement, quote },
    { excludedClaimId: exclude },
  );
  return NextResponse.json(similar.map(similarClaimAnswer), { headers: noStore });
}
