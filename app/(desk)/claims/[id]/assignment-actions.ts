"use server";

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
    return written.length === 0
      ? "Everyone chosen already holds this claim; nothing changed."
      : `Assigned. ${written.length} ${written.length === 1 ? "person was" : "people were"} told.`;
  },
);

export const takeClaimAction = formAction(
  "assignment.take",
  z.object({ claimId }),
  async ({ claimId }, actor) => {
    await takeClaim(actor, claimId);
    return "The claim is yours to check. It is in your queue (Assigned to me).";
  },
);

export const releaseAssignmentAction = formAction(
  "assignment.release",
  z.object({ assignmentId: assignmentIdField }),
  async ({ assignmentId }, actor) => {
    await releaseAssignment(actor, assignmentId);
    return "Released: the claim is no longer in your queue.";
  },
);

export const markAssignmentDoneAction = formAction(
  "assignment.done",
  z.object({ assignmentId: assignmentIdField, note: doneNoteField }),
  async ({ assignmentId, note }, actor) => {
    await markAssignmentDone(actor, assignmentId, note);
    return "Marked done, with your note.";
  },
);

export const unassignAction = formAction(
  "assignment.remove",
  z.object({ assignmentId: assignmentIdField }),
  async ({ assignmentId }, actor) => {
    await unassign(actor, assignmentId);
    return "Unassigned; they were told.";
  },
);

export const reassignAction = formAction(
  "assignment.reassign",
  z.object({ assignmentId: assignmentIdField, assigneeId: z.uuid("Choose a person.") }),
  async ({ assignmentId, assigneeId }, actor) => {
    await reassign(actor, assignmentId, assigneeId);
    return "Reassigned; both people were told.";
  },
);

export const assignDecidingLookAction = formAction(
  "assignment.deciding",
  z.object({ claimId, assigneeId: z.uuid("Unknown person.") }),
  async ({ claimId, assigneeId }, actor) => {
    await assignDecidingLook(actor, claimId, assigneeId);
    return "Assigned for the deciding look; they were told.";
  },
);
