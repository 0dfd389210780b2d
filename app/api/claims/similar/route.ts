import { NextResponse } from "next/server";
import { z } from "zod";
import { ApiError } from "@/lib/api/api-error";
import { withApiActor } from "@/lib/api/with-api-actor";
import { similarClaimAnswer } from "@/lib/duplicates/answer";
import { findSimilarClaims } from "@/lib/duplicates/similar";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  statement: z.string().max(2000).default(""),
  quote: z.string().max(5000).default(""),
  exclude: z.coerce.number().int().positive().optional(),
});

/**
 * Claims on the desk that look the same as the one being written, for the
 * "Make claim" form, as `[{ id, statement, status, report, score,
 * sharedValues, conflict, statementMarks, quoteMarks }]`, at most five. The
 * form asks as the reviewer types, and drops answers to questions it no
 * longer has. Signed-in people only: a 401 here, not a redirect, and, as for
 * the other read-only route asked while typing, a caller without a session
 * is not recorded.
 */
export const GET = withApiActor(
  {
    surface: "similar",
    minimumRole: "reviewer",
    attempted: "api:/api/claims/similar",
    recordSignedOut: false,
  },
  async (request, { actor }) => {
    const parsed = querySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
    if (!parsed.success) throw new ApiError("bad_request:similar");
    const { statement, quote, exclude } = parsed.data;
    const similar = await findSimilarClaims(
      actor,
      { statement, quote },
      { excludedClaimId: exclude },
    );
    return NextResponse.json(similar.map(similarClaimAnswer), {
      headers: { "cache-control": "no-store" },
    });
  },
);
