import type { User } from "@/db/schema";
import { addEvidence } from "@/lib/evidence/add";
import { makeClaim } from "./make-claim";

/**
 * A claim of its own with one source at `url`, added by `actor` (so its
 * first capture is queued), titled after the address's path. Import it after
 * setting UNSAFE_FETCH_LOOPBACK_FOR_TESTS when `url` is a fixture page.
 */
export async function makeClaimWithSource(actor: User, url: string, quote: string | null) {
  const claim = await makeClaim();
  const { evidenceId } = await addEvidence(actor, claim.id, {
    url,
    title: `Source ${new URL(url).pathname}`,
    outlet: null,
    publishedOn: null,
    archiveUrl: null,
    stance: "supports",
    quote,
  });
  return { claimId: claim.id, evidenceId };
}
