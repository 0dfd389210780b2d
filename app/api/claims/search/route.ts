import { NextResponse } from "next/server";
import { z } from "zod";
import { ApiError } from "@/lib/api/api-error";
import { withApiActor } from "@/lib/api/with-api-actor";
import { claimIdField } from "@/lib/form-fields";
import { searchClaimsToLink } from "@/lib/relations/search";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  q: z.string().max(200).default(""),
  exclude: claimIdField.optional(),
});

/**
 * Claims matching `q` for the "link a claim" search on a card, as
 * `[{ id, statement, status }]`, leaving out the card's own claim
 * (`exclude`). Signed-in people only: the proxy lets /api/ through, so the
 * answer to a visitor without a session is a 401 here, not a redirect.
 */
export const GET = withApiActor(
  {
    surface: "search",
    minimumRole: "reviewer",
    attempted: "api:/api/claims/search",
    recordSignedOut: false,
  },
  async (request, { actor }) => {
    const parsed = querySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
    if (!parsed.success) throw new ApiError("bad_request:search");
    const hits = await searchClaimsToLink(actor, parsed.data.q, parsed.data.exclude);
    return NextResponse.json(hits, { headers: { "cache-control": "no-store" } });
  },
);
