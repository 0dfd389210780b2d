import { expect, test, type APIRequestContext } from "@playwright/test";
import {
  actionPolicies,
  readBuiltActions,
  type ActionName,
  type BuiltAction,
} from "../../scripts/testing/actions-inventory";
import { withDeskDatabase } from "../support/desk";
import { createScene, type Scene } from "./scene";
import { footprint } from "./scene-footprint";
import {
  callAction,
  formStatusOf,
  lastAuditId,
  refusalOf,
  refusalsSince,
  signedInClient,
  type ActionFields,
} from "./support";

/**
 * IDOR: ids are small integers anyone can guess. Reviewer B sends the
 * requests reviewer A's own buttons would send, aimed at A's evidence,
 * comment, claim link, card, assignment, rating and the text of A's report
 * (which A's claims are anchored in), and each is refused (in its form, recorded,
 * nothing changed). An editor may retract, delete and unlink, but not reword
 * someone else's comment. Then A sends the same requests and they work,
 * which shows they were valid.
 */

let scene: Scene;
let built: Map<string, BuiltAction>;
let reviewerA: APIRequestContext;
let reviewerB: APIRequestContext;
let editor: APIRequestContext;

test.beforeAll(async () => {
  built = new Map(readBuiltActions().map((action) => [action.exportedName, action]));
  scene = await createScene();
  reviewerA = await signedInClient(scene.accounts.reviewerA);
  reviewerB = await signedInClient(scene.accounts.reviewerB);
  editor = await signedInClient(scene.accounts.editor);
});

test.afterAll(async () => {
  for (const client of [reviewerA, reviewerB, editor]) await client.dispose();
});

const call = (client: APIRequestContext, name: ActionName, fields: ActionFields) =>
  callAction(client, built.get(name)!, fields, {
    ids: { claim: scene.claimId, report: scene.reportId },
  });

/** A's records, and what B sends at each: the exact form A's own page would post. */
const attempts: { name: ActionName; fields: (s: Scene) => ActionFields }[] = [
  {
    name: "replaceReportTextAction",
    fields: (s) => ({
      reportId: String(s.reportId),
      version: "1",
      text: `A different story ${s.tag}.\n\n${s.quotes.claimed}`,
    }),
  },
  {
    name: "retractEvidenceAction",
    fields: (s) => ({ evidenceId: String(s.evidenceId), version: "1", reason: "Not reliable." }),
  },
  {
    name: "editCommentAction",
    fields: (s) => ({
      commentId: String(s.commentId),
      version: "1",
      body: "Words put in A's mouth.",
    }),
  },
  {
    name: "deleteCommentAction",
    fields: (s) => ({ commentId: String(s.commentId), version: "1" }),
  },
  { name: "removeRelationAction", fields: (s) => ({ relationId: String(s.relationId) }) },
  // A's assignment: B names its id (done before released, so both work for A at the end)
  {
    name: "markAssignmentDoneAction",
    fields: (s) => ({ assignmentId: String(s.assignmentId), note: "duplicate of #12" }),
  },
  { name: "releaseAssignmentAction", fields: (s) => ({ assignmentId: String(s.assignmentId) }) },
  {
    name: "setReportSourceAction",
    fields: (s) => ({
      reportId: String(s.reportId),
      version: "0",
      name: "An outlet A never named",
      kind: "outlet",
    }),
  },
  {
    name: "editClaimAction",
    fields: (s) => ({
      claimId: String(s.claimId),
      version: "1",
      statement: "The bridge never reopened",
      attribution: "",
      eventDate: "",
      eventDatePrecision: "day",
    }),
  },
];

for (const { name, fields } of attempts) {
  test(`another reviewer's ${name} on A's record is refused, recorded, and changes nothing`, async () => {
    expect((actionPolicies[name] as { owner?: true }).owner).toBe(true);
    const before = await footprint(scene);
    const auditedUpTo = await lastAuditId();
    const answer = await call(reviewerB, name, fields(scene));
    expect(refusalOf(answer)).toBe("forbidden");
    expect(await footprint(scene)).toEqual(before);
    const audit = (actionPolicies[name] as { audit: string }).audit;
    expect(await refusalsSince(auditedUpTo, audit, scene.accounts.reviewerB.id)).toHaveLength(1);
  });
}

test("an editor cannot reword A's comment either: only its author may", async () => {
  const before = await footprint(scene);
  const answer = await call(editor, "editCommentAction", {
    commentId: String(scene.commentId),
    version: "1",
    body: "An editor's words in A's mouth.",
  });
  expect(refusalOf(answer)).toBe("forbidden");
  expect(await footprint(scene)).toEqual(before);
});

test("a rating always lands on the caller's own row: B cannot reach A's by naming it", async () => {
  const ratingsOf = () =>
    withDeskDatabase(async (db) => {
      const { rows } = await db.query(
        `select id, reviewer_id, reliability, credibility, note, updated_at
           from ratings where claim_id = $1 order by id`,
        [scene.claimId],
      );
      return rows;
    });
  const before = await ratingsOf();
  expect(before).toHaveLength(1);
  // the fields a forger would add: A's rating id and A's user id, every name they might go by
  const answer = await call(reviewerB, "rateClaimAction", {
    claimId: String(scene.claimId),
    reliability: "F",
    credibility: "6",
    note: "Overwritten by B",
    id: String(scene.ratingId),
    ratingId: String(scene.ratingId),
    reviewerId: scene.accounts.reviewerA.id,
    reviewer_id: scene.accounts.reviewerA.id,
    userId: scene.accounts.reviewerA.id,
  });
  expect(formStatusOf(answer)).toBe("success");
  const after = await ratingsOf();
  expect(after[0]).toEqual(before[0]);
  expect(after).toHaveLength(2);
  expect(after[1]).toMatchObject({
    reviewer_id: scene.accounts.reviewerB.id,
    reliability: "F",
    credibility: 6,
  });
});

test("A may do each of these to A's own records (the requests were valid)", async () => {
  for (const { name, fields } of attempts) {
    const sent = fields(scene);
    // A's edit just made the comment version 2
    if (name === "deleteCommentAction") sent.version = "2";
    const before = await footprint(scene);
    const answer = await call(reviewerA, name, sent);
    expect(answer.status, name).toBe(200);
    // a new text sends the browser on to the report
    const expected = name === "replaceReportTextAction" ? "redirect" : "success";
    expect(formStatusOf(answer), `${name}: ${answer.body.slice(0, 300)}`).toBe(expected);
    expect(await footprint(scene), name).not.toEqual(before);
  }
});
