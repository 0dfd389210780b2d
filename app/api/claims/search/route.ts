import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { searchClaimsToLink } from "@/lib/relations/search";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  q: z.string().max(200).default(""),
  exclude: z.coerce.number().int().positive().optional(),
});

const noStore = { "cache-control": "no-store" };

/**
 * Claims matching `q` for the "link a claim" search on a card, as
 * `[{ id, statement, status }]`, leaving out the card's own claim
 * (`exclude`). Signed-in people only: the proxy lets /api/ through, so the
 * answer to a visitor without a session is a 401 here, not a redirect.
 */
export async function GET(request: NextRequest) {
  const actor = await getCurrentUser();
  if (!actor) {
    return NextResponse.json(
      { error: { code: "unauthorized", message: "Sign in to search claims." } },
      { status: 401, headers: noStore },
    );
  }
  const parsed = querySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    return NextResponse.json(
      { error: { code: "bad_request", message: "Search for up to 200 characters of text." } },
      { status: 400, headers: noStore },
    );
  }
  const hits = await searchClaimsToLink(actor, parsed.data.q, parsed.data.exclude);
  return NextResponse.json(hits, { headers: noStore });
}
