import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import {
  auditEvents,
  claimPairDismissals,
  claimResemblances,
  claims,
  type User,
} from "@/db/schema";
import { makeClaims, makeReport } from "@/scripts/testing/make-claim";
import { englishOf } from "@/scripts/testing/in-english";
import { makeUser } from "@/scripts/testing/make-user";
import { resemblancesPendingOf } from "@/scripts/testing/resemblances-pending";
import { ForbiddenError } from "@/lib/auth/authorization";
import { RuleViolation } from "@/lib/errors";
import { addRelation } from "@/lib/relations/add";
import { dismissPairProposal } from "./dismiss";
import { catchUpResemblances } from "./resemblances";
import { listContradictionProposals, listDuplicateProposals } from "./proposals";

let reviewer: User;
let editor: User;

beforeAll(async () => {
  [reviewer, editor] = await Promise.all([makeUser("reviewer"), makeUser("editor")]);
});

/** A pair the desk proposes as a contradiction: the same crossing reopened on two days. */
async function contradictingPair(tag: string): Promise<[number, number]> {
  const [first, second] = [await makeReport(`Wire ${tag}`), await makeReport(`Radio ${tag}`)];
  const [a] = await makeClaims(first, [
    {
      statement: `Pakistan reopened the ${tag} border crossing to lorries on 4 May 2024.`,
      quote: `Pakistan reopened the ${tag} border crossing to lorries on 4 May 2024, officials said.`,
    },
  ]);
  const [b] = await makeClaims(second, [
    {
      statement: `Pakistan reopened the ${tag} border crossing to lorries on 14 May 2024.`,
      quote: `The ${tag} border crossing was reopened to lorries by Pakistan on 14 May 2024.`,
    },
  ]);
  return [a!, b!];
}

/** A pair the desk proposes as a duplicate: one claim in two reports' words. */
async function duplicatePair(tag: string): Promise<[number, number]> {
  const [first, second] = [await makeReport(`Wire ${tag}`), await makeReport(`Radio ${tag}`)];
  const [a] = await makeClaims(first, [
    {
      statement: `The Taliban appointed a new governor of ${tag} province on 2 March 2025.`,
      quote: `عينت طالبان حاكما جديدا لولاية ${tag} في 2 مارس 2025`,
    },
  ]);
  const [b] = await makeClaims(second, [
    {
      statement: `The Taliban appointed a new governor for ${tag} province on 2 March 2025.`,
      quote: `عيّنت حركة طالبان حاكماً جديداً لولاية ${tag} يوم 2 مارس 2025`,
    },
  ]);
  return [a!, b!];
}

const proposedPairs = (proposals: Array<{ claims: [{ id: number }, { id: number }] }>) =>
  proposals.map((proposal) => [proposal.claims[0].id, proposal.claims[1].id]);

const eventsOn = (claimIds: number[], action: "contradiction.dismiss" | "duplicate.dismiss") =>
  getDb()
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, action),
        inArray(
          auditEvents.entityId,
          claimIds.map((id) => String(id)),
        ),
      ),
    )
    .orderBy(asc(auditEvents.id));

describe("the pairs a claim is written like", () => {
  it("are worked out for claims written in bulk, and again when one is reworded", async () => {
    const [a, b] = await duplicatePair("Zabul");
    expect(await resemblancesPendingOf(b)).toBe(true);
    while ((await catchUpResemblances(getDb())) > 0);
    expect(await resemblancesPendingOf(b)).toBe(false);
    const [kept] = await getDb()
      .select()
      .from(claimResemblances)
      .where(and(eq(claimResemblances.claimId, a), eq(claimResemblances.otherClaimId, b)));
    expect(kept!.statementSimilarity).toBeGreaterThan(0.7);

    await getDb()
      .update(claims)
      .set({
        statement: "Flooding closed the Salang tunnel for a week.",
        quote: "أغلقت الفيضانات نفق سالانغ",
      })
      .where(eq(claims.id, b));
    expect(await resemblancesPendingOf(b)).toBe(true);
    while ((await catchUpResemblances(getDb())) > 0);
    expect(
      await getDb()
        .select()
        .from(claimResemblances)
        .where(and(eq(claimResemblances.claimId, a), eq(claimResemblances.otherClaimId, b))),
    ).toEqual([]);
  });
});

describe("the pairs a report's claims are in", () => {
  it("are listed apart from the rest of the desk's, worked out as the list is read", async () => {
    // worded apart from the other tests' crossings, whose look-alikes they would crowd
    const dam = async (day: number, outlet: string) => {
      const [id] = await makeClaims(await makeReport(`${outlet} on the Salma dam`), [
        {
          statement: `Engineers opened the Salma dam spillway on ${day} June 2024.`,
          quote: `Engineers opened the Salma dam spillway on ${day} June 2024, the ministry said.`,
        },
      ]);
      return id!;
    };
    const tunnel = async (count: number, outlet: string) => {
      const [id] = await makeClaims(await makeReport(`${outlet} on the Salang tunnel`), [
        {
          statement: `Avalanches trapped ${count} lorries inside the Salang tunnel overnight.`,
          quote: `${count} lorries were trapped inside the Salang tunnel by avalanches overnight.`,
        },
      ]);
      return id!;
    };
    const [a, b] = [await dam(3, "Wire"), await dam(13, "Radio")];
    const [c, d] = [await tunnel(40, "Wire"), await tunnel(65, "Radio")];
    const [ofA] = await getDb()
      .select({ reportId: claims.reportId })
      .from(claims)
      .where(eq(claims.id, a));
    const ofReport = proposedPairs(
      await listContradictionProposals(reviewer, { reportId: ofA!.reportId }),
    );
    // the report holds claim a alone: each of its pairs has a in it
    expect(ofReport).toContainEqual([a, b]);
    expect(ofReport.every((pair) => pair.includes(a))).toBe(true);
    expect(proposedPairs(await listContradictionProposals(reviewer))).toEqual(
      expect.arrayContaining([
        [a, b],
        [c, d],
      ]),
    );
  });

  it("are found from either report when one claim was worked out before the other was written", async () => {
    const sluice = async (day: number, outlet: string) => {
      const [id] = await makeClaims(await makeReport(`${outlet} on the Kajaki sluices`), [
        {
          statement: `Engineers opened the Kajaki reservoir sluices on ${day} July 2024.`,
          quote: `Engineers opened the Kajaki reservoir sluices on ${day} July 2024, officials said.`,
        },
      ]);
      return id!;
    };
    // the first report's claim is worked out while it is alone on the desk…
    const first = await sluice(5, "Wire");
    await getDb().execute(sql`select desk_record_resemblances(${first})`);
    // …and the second is written in bulk a moment later, waiting its turn in the backlog
    const second = await sluice(15, "Radio");
    await getDb().update(claims).set({ resemblancesPending: true }).where(eq(claims.id, second));
    const [ofFirst] = await getDb()
      .select({ reportId: claims.reportId })
      .from(claims)
      .where(eq(claims.id, first));

    expect(
      proposedPairs(await listContradictionProposals(reviewer, { reportId: ofFirst!.reportId })),
    ).toContainEqual([first, second]);
  });
});

describe("dismissing a possible contradiction", () => {
  it("stops the pair being proposed, for everyone, audited on both cards with what was shown", async () => {
    const [a, b] = await contradictingPair("Torkham");
    const before = await listContradictionProposals(editor, { claimId: a });
    const proposal = before.find((found) => found.claims[1].id === b);
    expect(proposal?.conflicts[0]!.values).toEqual(["4 May 2024", "14 May 2024"]);

    await dismissPairProposal(reviewer, {
      kind: "contradiction",
      claimId: b,
      otherClaimId: a,
      shown: "4 May 2024 / 14 May 2024",
    });
    expect(
      proposedPairs(await listContradictionProposals(editor, { claimId: a })),
    ).not.toContainEqual([a, b]);
    expect(proposedPairs(await listContradictionProposals(reviewer))).not.toContainEqual([a, b]);
    expect(
      await getDb().select().from(claimPairDismissals).where(eq(claimPairDismissals.claimId, a)),
    ).toMatchObject([{ otherClaimId: b, kind: "contradiction", dismissedBy: reviewer.id }]);

    const events = await eventsOn([a, b], "contradiction.dismiss");
    expect(events.map((event) => Number(event.entityId))).toEqual([a, b]);
    expect(events[0]).toMatchObject({
      actorId: reviewer.id,
      entityType: "claim",
      after: { otherClaimId: b, shown: "4 May 2024 / 14 May 2024" },
    });
  });

  it("records nothing when the pair was already dismissed", async () => {
    const [a, b] = await contradictingPair("Ghulam Khan");
    const dismissal = { kind: "contradiction" as const, claimId: a, otherClaimId: b, shown: "" };
    await dismissPairProposal(reviewer, dismissal);
    await dismissPairProposal(editor, dismissal);
    expect(await eventsOn([a, b], "contradiction.dismiss")).toHaveLength(2);
  });

  it("is not proposed once the pair is linked, whatever the link", async () => {
    const [a, b] = await contradictingPair("Chaman");
    expect(
      proposedPairs(await listContradictionProposals(reviewer, { claimId: b })),
    ).toContainEqual([a, b]);
    await addRelation(reviewer, { claimId: a, otherClaimId: b, kind: "corroborates", note: "" });
    expect(
      proposedPairs(await listContradictionProposals(reviewer, { claimId: b })),
    ).not.toContainEqual([a, b]);
  });

  it("refuses a claim paired with itself and a claim that does not exist", async () => {
    const [a] = await contradictingPair("Angoor Adda");
    await expect(
      dismissPairProposal(reviewer, {
        kind: "contradiction",
        claimId: a,
        otherClaimId: a,
        shown: "",
      }),
    ).rejects.toBeInstanceOf(RuleViolation);
    const missing = await dismissPairProposal(reviewer, {
      kind: "contradiction",
      claimId: a,
      otherClaimId: 2_000_000_000,
      shown: "",
    }).catch((error: unknown) => error);
    expect(englishOf(missing)).toBe("One of the two claims was not found.");
  });
});

describe("dismissing a possible duplicate", () => {
  it("is an editor's call: a reviewer is refused and nothing is written", async () => {
    const [a, b] = await duplicatePair("Paktika");
    expect(proposedPairs(await listDuplicateProposals(reviewer))).toContainEqual([a, b]);
    const refusal = await dismissPairProposal(reviewer, {
      kind: "duplicate",
      claimId: a,
      otherClaimId: b,
      shown: "",
    }).catch((error) => error);
    expect(refusal).toBeInstanceOf(ForbiddenError);
    expect(await eventsOn([a, b], "duplicate.dismiss")).toEqual([]);
    expect((await listDuplicateProposals(reviewer))[0]!.canDismiss).toBe(false);
  });

  it("is remembered and audited when an editor dismisses, and the pair is not offered again", async () => {
    const [a, b] = await duplicatePair("Nimroz");
    await dismissPairProposal(editor, {
      kind: "duplicate",
      claimId: a,
      otherClaimId: b,
      shown: "91% alike",
    });
    expect(proposedPairs(await listDuplicateProposals(editor))).not.toContainEqual([a, b]);
    const events = await eventsOn([a, b], "duplicate.dismiss");
    expect(events.map((event) => [Number(event.entityId), event.actorId])).toEqual([
      [a, editor.id],
      [b, editor.id],
    ]);
    // dismissed as a duplicate, a pair may still be proposed as a contradiction, and the other way round
    expect(
      await getDb()
        .select({ kind: claimPairDismissals.kind })
        .from(claimPairDismissals)
        .where(eq(claimPairDismissals.claimId, a)),
    ).toEqual([{ kind: "duplicate" }]);
  });
});
