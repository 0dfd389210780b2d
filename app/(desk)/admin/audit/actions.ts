"use server";

import { forbidden, unauthorized } from "next/navigation";
import { recordRefusal } from "@/lib/audit/refusal";
import { checkAuditIntegrity } from "@/lib/audit/log";
import { ForbiddenError } from "@/lib/auth/authorization";
import { getCurrentUser } from "@/lib/auth/current-user";

export type IntegrityReport =
  | { status: "idle" }
  | { status: "intact"; checked: number; intactThroughId: number; headHash: string }
  | { status: "broken"; checked: number; intactThroughId: number; eventId: number; reason: string };

export async function verifyIntegrityAction(): Promise<IntegrityReport> {
  const actor = await getCurrentUser();
  if (!actor) {
    await recordRefusal(null, "audit.verify", { reason: "not signed in" });
    unauthorized();
  }
  try {
    const result = await checkAuditIntegrity(actor);
    return result.firstBreak
      ? {
          status: "broken",
          checked: result.checked,
          intactThroughId: result.intactThroughId,
          eventId: result.firstBreak.eventId,
          reason: result.firstBreak.reason,
        }
      : {
          status: "intact",
          checked: result.checked,
          intactThroughId: result.intactThroughId,
          headHash: result.headHash,
        };
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    await recordRefusal(actor.id, "audit.verify", { role: actor.role });
    forbidden();
  }
}
