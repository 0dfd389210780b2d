"use server";

import { getTranslations } from "@/lib/i18n/get-translations";
import { z } from "zod";
import { assignClaims } from "@/lib/assignments/assign";
import {
  assigneeIdsOf,
  assignmentIdField,
  assignmentNoteField,
  doneNoteField,
  dueOnField,
} from "@/lib/assignments/assignment-fields";
import { assignDecidingLook } from "@/lib/assignments/deciding";
import { markAssignmentDone } from "@/lib/assignments/finish";
import { reassign, unassign } from "@/lib/assignments/manage";
import { releaseAssignment, takeClaim } from "@/lib/assignments/take";
import { formAction } from "@/lib/form-action";
import { claimIdField as claimId } from "@/lib/form-fields";

// Each action answers with its result; the form refreshes the page once shown
// (useKeptFormAction's refreshOnSuccess), and other viewers hear of the change live.

export const assignClaimAction = formAction(
  "assignment.create",
  z
    .object({ claimId, dueOn: dueOnField, note: assignmentNoteField })
    .catchall(z.unknown())
    .transform((input) => ({ ...input, assigneeIds: assigneeIdsOf(input) })),
  async ({ claimId, assigneeIds, dueOn, note }, actor) => {
    const { written } = await assignClaims(actor, {
      claimIds: [claimId],
      assigneeIds,
      dueOn,
      note,
    });
    const t = await getTranslations("assignment.answers");
    return written.length === 0 ? t("nothingChanged") : t("assigned", { count: written.length });
  },
);

export const takeClaimAction = formAction(
  "assignment.take",
  z.object({ claimId }),
  async ({ claimId }, actor) => {
    await takeClaim(actor, claimId);
    return (await getTranslations("assignment.answers"))("taken");
  },
);

export const releaseAssignmentAction = formAction(
  "assignment.release",
  z.object({ assignmentId: assignmentIdField }),
  async ({ assignmentId }, actor) => {
    await releaseAssignment(actor, assignmentId);
    return (await getTranslations("assignment.answers"))("released");
  },
);

export const markAssignmentDoneAction = formAction(
  "assignment.done",
  z.object({ assignmentId: assignmentIdField, note: doneNoteField }),
  async ({ assignmentId, note }, actor) => {
    await markAssignmentDone(actor, assignmentId, note);
    return (await getTranslations("assignment.answers"))("markedDone");
  },
);

export const unassignAction = formAction(
  "assignment.remove",
  z.object({ assignmentId: assignmentIdField }),
  async ({ assignmentId }, actor) => {
    await unassign(actor, assignmentId);
    return (await getTranslations("assignment.answers"))("unassigned");
  },
);

export const reassignAction = formAction(
  "assignment.reassign",
  z.object({
    assignmentId: assignmentIdField,
    assigneeId: z.uuid("assignment.errors.choosePerson"),
  }),
  async ({ assignmentId, assigneeId }, actor) => {
    await reassign(actor, assignmentId, assigneeId);
    return (await getTranslations("assignment.answers"))("reassigned");
  },
);

export const assignDecidingLookAction = formAction(
  "assignment.deciding",
  z.object({ claimId, assigneeId: z.uuid("assignment.errors.unknownPerson") }),
  async ({ claimId, assigneeId }, actor) => {
    await assignDecidingLook(actor, claimId, assigneeId);
    return (await getTranslations("assignment.answers"))("decidingAssigned");
  },
);
