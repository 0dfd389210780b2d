"use server";

import { getTranslations } from "@/lib/i18n/get-translations";
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
    return (await getTranslations("evidence.done"))("added");
  },
);

export const retractEvidenceAction = formAction(
  "evidence.retract",
  z.object({
    evidenceId: idField("evidence", "evidence.errors.unknownEvidence"),
    version: versionField,
    // the data layer trims and requires it, and says so beside the field
    reason: z.string().default(""),
  }),
  async (retraction, actor) => {
    await retractEvidence(actor, retraction);
    return (await getTranslations("evidence.done"))("retracted");
  },
);

export const checkEvidenceAction = formAction(
  "evidence.check_request",
  z.object({ evidenceId: idField("evidence", "evidence.errors.unknownEvidence") }),
  async ({ evidenceId }, actor) => {
    await requestEvidenceCheck(actor, evidenceId);
    return (await getTranslations("evidence.done"))("checkQueued");
  },
);
