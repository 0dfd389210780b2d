"use server";

import { getTranslations } from "@/lib/i18n/get-translations";
import { z } from "zod";
import { assignClaims, MAX_CLAIMS_PER_ASSIGNMENT } from "@/lib/assignments/assign";
import {
  assigneeIdsOf,
  assignmentNoteField,
  claimIdsOf,
  dueOnField,
} from "@/lib/assignments/assignment-fields";
import { claimIdsMatching } from "@/lib/claims/board";
import { parseBoardFilter } from "@/lib/claims/board-query";
import { RuleViolation } from "@/lib/errors";
import { formAction } from "@/lib/form-action";

/**
 * The board's bulk assignment: the checked cards, or every claim the board's
 * filter matches (the filter travels as the board's query string, and is
 * read again here, so the claims are those that match when the editor sends).
 */
export const assignSelectedClaimsAction = formAction(
  "assignment.create_many",
  z
    .object({
      every: z.enum(["1"]).optional(),
      filter: z.string().max(4000).default(""),
      dueOn: dueOnField,
      note: assignmentNoteField,
    })
    .catchall(z.unknown())
    .transform((input) => ({
      ...input,
      assigneeIds: assigneeIdsOf(input),
      claimIds: claimIdsOf(input),
    })),
  async ({ every, filter, assigneeIds, claimIds, dueOn, note }, actor) => {
    const chosen = every
      ? await claimIdsMatching(
          actor,
          { ...parseBoardFilter(Object.fromEntries(new URLSearchParams(filter))), page: 1 },
          MAX_CLAIMS_PER_ASSIGNMENT,
        )
      : claimIds;
    if (chosen.length === 0) {
      throw new RuleViolation("board.assign.errors.nothingSelected");
    }
    const result = await assignClaims(actor, { claimIds: chosen, assigneeIds, dueOn, note });
    const assigned = new Set(result.written.map((row) => row.claimId)).size;
    const passedOver = result.lockedClaims.length;
    const t = await getTranslations("board.assign");
    const counts = { assigned, chosen: chosen.length, passedOver };
    return t(passedOver === 0 ? "done" : "donePassedOver", counts);
  },
);
