import "server-only";
import type { User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { readClaimPage } from "@/lib/claims/page-reads";

/** A claim's verdicts, the standing one (if any) first, with who decided and who reopened. */
export async function listVerdicts(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  return (await readClaimPage(claimId, actor.id))?.verdicts ?? [];
}
