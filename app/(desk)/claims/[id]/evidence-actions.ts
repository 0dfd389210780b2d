"use server";

import { z } from "zod";
import { addEvidence } from "@/lib/evidence/add";
import { requestEvidenceCheck } from "@/lib/evidence/check-request";
import { evidenceFieldsSchema } from "@/lib/evidence/fields";
import { retractEvidence } from "@/lib/evidence/retract";
import { formAction } from "@/lib/form-action";
import { claimIdField, idField, versionField } from "@/lib/form-fields";

// The forms refresh the page after a success (see review-actions.ts).

export const addEvidenceAction = formAction(
  "evidence.add",
  evidenceFieldsSchema.extend({ claimId: claimIdField }),
  async ({ claimId, ...fields }, actor) => {
    await addEvidence(actor, claimId, fields);
    return "Evidence added.";
  },
);

export const retractEvidenceAction = formAction(
  "evidence.retract",
  z.object({
    evidenceId: idField("evidence"),
    version: versionField,
    // the data layer trims and requires it, and says so beside the field
    reason: z.string().default(""),
  }),
  async (retraction, actor) => {
    await retractEvidence(actor, retraction);
    return "Evidence retracted. It stays on the card, struck through, with your reason.";
  },
);

export const checkEvidenceAction = formAction(
  "evidence.check_request",
  z.object({ evidenceId: idField("evidence") }),
  async ({ evidenceId }, actor) => {
    await requestEvidenceCheck(actor, evidenceId);
    return "The desk will fetch the page again in a moment.";
  },
);
