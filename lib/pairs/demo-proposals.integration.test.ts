import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { claimRelations, claims, type User } from "@/db/schema";
import { demoClaims } from "@/scripts/demo/claims";
import { sampleClaims } from "@/scripts/demo/sample-report";
import { demoRelations } from "@/scripts/demo/relations";
import { seedDemoDesk } from "@/scripts/demo/seed";
import { makeUser } from "@/scripts/testing/make-user";
import { listContradictionProposals, listDuplicateProposals } from "./proposals";

/**
 * The detector against the demo desk with its hand-made links taken away:
 * it must find, on its own, the contradictions the desk's people linked by
 * hand where a date or a count differs, and every pair it proposes is scored
 * against those links. The figures are the README's.
 */

let editor: User;
const keyOf = new Map<number, string>();

beforeAll(async () => {
  await seedDemoDesk(getDb(), "demo-proposals-test-password");
  await getDb().delete(claimRelations);
  editor = await makeUser("editor");
  // a claim's key by its statement: the corpus's and the sample report's claims
  const keyOfStatement = new Map(
    [...demoClaims, ...sampleClaims].map((claim) => [claim.statement, claim.key]),
  );
  const rows = await getDb().select({ id: claims.id, statement: claims.statement }).from(claims);
  for (const row of rows) keyOf.set(row.id, keyOfStatement.get(row.statement)!);
});

const linkedAs = (a: string, b: string) =>
  demoRelations.find(
    (relation) =>
      (relation.fromClaim === a && relation.toClaim === b) ||
      (relation.fromClaim === b && relation.toClaim === a),
  )?.kind;

const pairKey = (a: string, b: string) => [a, b].sort().join(" ~ ");

describe("contradictions proposed on the demo desk without its hand-made links", () => {
  it("finds the de-listing year and the death toll among its top proposals, with the values", async () => {
    const proposals = await listContradictionProposals(editor);
    const top = proposals.slice(0, 5).map((proposal) => ({
      pair: pairKey(keyOf.get(proposal.claims[0].id)!, keyOf.get(proposal.claims[1].id)!),
      values: proposal.conflicts.map((conflict) => [...conflict.values].sort().join(" / ")),
    }));
    expect(top).toEqual(
      expect.arrayContaining([
        {
          pair: pairKey("r002-delisting-april-2025", "r003-delisting-april-2024"),
          values: ["April 2024 / April 2025"],
        },
        {
          pair: pairKey("r004-airport-bombing-13-killed", "r004-linked-headline-12-killed"),
          values: ["12 / 13"],
        },
        {
          pair: pairKey("r004-biden-speech-13-killed", "r004-linked-headline-12-killed"),
          values: ["12 / 13"],
        },
      ]),
    );
    // the strongest proposal is the de-listing: same words, same tags, another year
    expect(top[0]!.pair).toBe(pairKey("r002-delisting-april-2025", "r003-delisting-april-2024"));
  });

  it("has its precision measured against the demo's links", async () => {
    const proposals = await listContradictionProposals(editor);
    const confirmed = proposals.filter(
      (proposal) =>
        linkedAs(keyOf.get(proposal.claims[0].id)!, keyOf.get(proposal.claims[1].id)!) ===
        "contradicts",
    ).length;
    const handMade = demoRelations.filter((relation) => relation.kind === "contradicts").length;
    console.log(
      `contradictions on the demo desk: ${proposals.length} proposed, ${confirmed} of them linked as contradicting by hand ` +
        `(precision ${((100 * confirmed) / proposals.length).toFixed(0)}%); ${confirmed} of the ${handMade} hand-made contradictions found`,
    );
    expect(proposals.length).toBeGreaterThan(0);
    expect(confirmed / proposals.length).toBeGreaterThanOrEqual(0.75);
  });

  it("offers unlinked look-alikes as possible duplicates, never a pair whose values differ", async () => {
    const duplicates = await listDuplicateProposals(editor);
    const pairs = duplicates.map((proposal) =>
      pairKey(keyOf.get(proposal.claims[0].id)!, keyOf.get(proposal.claims[1].id)!),
    );
    console.log(
      `possible duplicates on the demo desk: ${duplicates.length} (${pairs.join("; ")}); ` +
        `linked by hand as: ${pairs.map((pair) => linkedAs(...(pair.split(" ~ ") as [string, string])) ?? "not linked").join(", ")}`,
    );
    // report 002 tells the recognition as "at the start of July 2025", report 003 as "in July 2025"
    expect(pairs).toContain(
      pairKey("r002-recognition-early-july-2025", "r003-recognition-july-2025"),
    );
    expect(pairs).not.toContain(pairKey("r002-delisting-april-2025", "r003-delisting-april-2024"));
  });
});
