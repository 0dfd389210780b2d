import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { users, type User } from "@/db/schema";
import { getDiscussion } from "@/lib/discussion/thread";
import { createComment, editComment } from "@/lib/discussion/write";
import { mentionToken } from "@/lib/notifications/mentions";
import { listContradictionProposals, listDuplicateProposals } from "@/lib/pairs/proposals";
import { catchUpResemblances } from "@/lib/pairs/resemblances";
import { addRelation } from "@/lib/relations/add";
import { listClaimRelations } from "@/lib/relations/list";
import { makeClaims, makeReport } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { statementsOf } from "@/scripts/testing/statements-of";
import { readClaimPage } from "./page-reads";

/**
 * How many SQL statements a claim page's reads send (issue 23: each round
 * trip costs the server more CPU than its rows): the pairs with their
 * claims, the links with the page's own read, the comments with the names
 * of whom they mention, one statement each.
 */

let reviewer: User;
let mentioned: User;
let claim: number | undefined;
let contradicting: number | undefined;
let linked: number | undefined;

beforeAll(async () => {
  [reviewer, mentioned] = await Promise.all([makeUser("reviewer"), makeUser("reviewer")]);
  [claim] = await makeClaims(await makeReport("Wire on Ghulam Khan"), [
    {
      statement: "Pakistan reopened the Ghulam Khan crossing to lorries on 4 May 2024.",
      quote: "Pakistan reopened the Ghulam Khan crossing to lorries on 4 May 2024, officials said.",
    },
  ]);
  [contradicting, linked] = await makeClaims(await makeReport("Radio on Ghulam Khan"), [
    {
      statement: "Pakistan reopened the Ghulam Khan crossing to lorries on 14 May 2024.",
      quote: "The Ghulam Khan crossing was reopened to lorries by Pakistan on 14 May 2024.",
    },
    {
      statement: "Lorries queued for two days at Ghulam Khan before it opened.",
      quote: "Lorries queued for two days at Ghulam Khan before the crossing opened.",
    },
  ]);
  while ((await catchUpResemblances(getDb())) > 0);
  await addRelation(reviewer, {
    claimId: claim!,
    otherClaimId: linked!,
    kind: "corroborates",
    note: "Same queue, seen from the other side.",
  });
});

describe("a claim page's reads", () => {
  it("reads the pairs a claim is in with both claims of each, in one statement", async () => {
    const { value: proposals, statements } = await statementsOf(() =>
      listContradictionProposals(reviewer, { claimId: claim! }, { anyPending: false }),
    );
    expect(statements).toHaveLength(1);
    expect(proposals.map((proposal) => proposal.claims.map((one) => one.id))).toContainEqual([
      claim,
      contradicting,
    ]);
    const [proposal] = proposals;
    expect(proposal!.claims[0]).toMatchObject({
      statement: "Pakistan reopened the Ghulam Khan crossing to lorries on 4 May 2024.",
      reportTitle: expect.stringMatching(/^Wire on Ghulam Khan/),
      status: "unreviewed",
    });
    expect(proposal!.claims[1]!.reportTitle).toMatch(/^Radio on Ghulam Khan/);
  });

  it("reads the desk's pairs page in one statement a list, after the catch-up's", async () => {
    const contradictions = await statementsOf(() => listContradictionProposals(reviewer, null));
    expect(contradictions.statements).toHaveLength(2);
    const duplicates = await statementsOf(() => listDuplicateProposals(reviewer, null));
    expect(duplicates.statements).toHaveLength(2);
  });

  it("takes the claim's links from the page's own read, one statement for both", async () => {
    const { value: page, statements } = await statementsOf(() =>
      readClaimPage(claim!, reviewer.id),
    );
    expect(statements).toHaveLength(1);
    expect(page!.relations.map((relation) => relation.otherId)).toEqual([linked]);

    const shown = await statementsOf(() => listClaimRelations(reviewer, claim!));
    expect(shown.statements).toHaveLength(1);
    expect(shown.value).toEqual([
      expect.objectContaining({
        kind: "corroborates",
        note: "Same queue, seen from the other side.",
        createdByName: reviewer.displayName,
        otherId: linked,
        canRemove: true,
      }),
    ]);
    // the other end of the link sees it too
    expect(
      (await listClaimRelations(mentioned, linked!)).map((relation) => relation.otherId),
    ).toEqual([claim]);
  });

  it("has no links to hand out for a claim that does not exist", async () => {
    expect(await listClaimRelations(reviewer, 2_000_000_000)).toEqual([]);
  });

  it("reads the comments with the current names of whom they mention, in one statement", async () => {
    const { commentId } = await createComment(reviewer, {
      claimId: claim!,
      body: `Over to ${mentionToken(mentioned)}`,
    });
    const { version } = (await getDiscussion(reviewer, claim!)).comments[0]!;
    await editComment(reviewer, {
      commentId,
      version,
      body: `Over to ${mentionToken(mentioned)}, again`,
    });
    await getDb().update(users).set({ displayName: "نور الهدى" }).where(eq(users.id, mentioned.id));

    const { value: discussion, statements } = await statementsOf(() =>
      getDiscussion(reviewer, claim!),
    );
    expect(statements).toHaveLength(1);
    const [comment] = discussion.comments;
    expect(comment!.body).toBe(`Over to [@نور الهدى](user:${mentioned.id}), again`);
    expect(comment!.revisions.map((revision) => revision.body)).toEqual([
      `Over to [@نور الهدى](user:${mentioned.id})`,
    ]);
  });
});
