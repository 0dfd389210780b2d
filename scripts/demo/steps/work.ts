/**
 * The desk's work on its cards, each act through the function the app's own
 * form calls and as the demo account that did it, so every card's History
 * reads as people's work ("Lina Farouk rated") and the audit trail holds
 * exactly the events the app writes. Order matters only at the end: a
 * verdict locks a card's ratings, so verdicts come last.
 */
import type { ReliabilityGrade } from "@/db/schema";
import { assignClaims } from "@/lib/assignments/assign";
import { demoAccounts, type DemoAccountKey, type DemoReviewerKey } from "@/lib/demo/accounts";
import { createComment } from "@/lib/discussion/write";
import { addEvidence } from "@/lib/evidence/add";
import { markAllNotificationsRead } from "@/lib/notifications/inbox";
import { mentionToken } from "@/lib/notifications/mentions";
import { rateClaim } from "@/lib/ratings/rate";
import { setVerdict } from "@/lib/verdicts/decide";
import { demoAssignments } from "../assignments";
import { demoDiscussion } from "../discussion";
import { demoEvidence } from "../evidence";
import { demoRatings } from "../ratings";
import type { DemoCommentBody, DemoGrade } from "../types";
import { demoVerdicts } from "../verdicts";
import { accountOf, claimIdOf, type DemoDesk } from "./desk";

export async function rateDemoClaims(desk: DemoDesk) {
  for (const { claim, grades, notes } of demoRatings) {
    for (const [reviewer, grade] of Object.entries(grades) as Array<[DemoReviewerKey, DemoGrade]>) {
      await rateClaim(accountOf(desk, reviewer), {
        claimId: claimIdOf(desk, claim),
        reliability: grade[0] as ReliabilityGrade,
        credibility: Number(grade[1]),
        note: notes?.[reviewer] ?? null,
      });
    }
  }
}

export async function addDemoEvidence(desk: DemoDesk) {
  for (const { claim, source, stance, addedBy } of demoEvidence) {
    await addEvidence(accountOf(desk, addedBy), claimIdOf(desk, claim), {
      url: source.url,
      title: source.title,
      outlet: source.outlet,
      publishedOn: source.publishedOn,
      archiveUrl: null,
      stance,
      quote: null,
    });
  }
}

/**
 * Everyone has read the news of the grading and the evidence: a desk that has
 * worked for a while is not a bell of a hundred ratings. What is left waiting
 * is what a person is meant to find: the discussion's mentions and replies,
 * the verdicts on cards they follow, and the cards handed to them.
 */
export async function readDemoNewsSoFar(desk: DemoDesk) {
  for (const { key } of demoAccounts) await markAllNotificationsRead(accountOf(desk, key));
}

export async function discussDemoClaims(desk: DemoDesk) {
  // written as the comment box writes a mention, so the person mentioned is notified
  const mention = (who: DemoAccountKey) => mentionToken(accountOf(desk, who));
  const text = (body: DemoCommentBody) => (typeof body === "string" ? body : body(mention));
  for (const { claim, author, body, replies } of demoDiscussion) {
    const question = await createComment(accountOf(desk, author), {
      claimId: claimIdOf(desk, claim),
      body: text(body),
    });
    for (const reply of replies) {
      await createComment(accountOf(desk, reply.author), {
        claimId: question.claimId,
        parentId: question.commentId,
        body: text(reply.body),
      });
    }
  }
}

export async function decideDemoClaims(desk: DemoDesk) {
  for (const { claim, verdict, rationale } of demoVerdicts) {
    await setVerdict(accountOf(desk, "editor"), {
      claimId: claimIdOf(desk, claim),
      verdict,
      rationale,
    });
  }
}

/** Each reviewer's card in their queue, handed over by the demo editor after the verdicts. */
export async function assignDemoClaims(desk: DemoDesk) {
  const today = new Date();
  for (const { claim, assignee, dueInDays, note } of demoAssignments) {
    const due = new Date(
      Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + dueInDays),
    );
    await assignClaims(accountOf(desk, "editor"), {
      claimIds: [claimIdOf(desk, claim)],
      assigneeIds: [accountOf(desk, assignee).id],
      dueOn: due.toISOString().slice(0, 10),
      note,
    });
  }
}
