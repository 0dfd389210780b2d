import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { claimSources, entities, type User } from "@/db/schema";
import { seedDemoDesk } from "@/scripts/demo/seed";
import { makeUser } from "@/scripts/testing/make-user";
import { getClaimHistory } from "@/lib/claims/history";
import { listSources } from "@/lib/sources/list";
import { readSourceRecords } from "@/lib/sources/record";
import { demoClaims } from "./claims";

/** The demo desk opens with sources: the list, the pages and the records have content. */

let reviewer: User;

beforeAll(async () => {
  await seedDemoDesk(getDb(), "seeded-sources-test-password");
  reviewer = await makeUser("reviewer");
});

describe("the demo desk's sources", () => {
  it("gives every demo claim a source, and lists Nezavisimaya Gazeta as an outlet with its claims", async () => {
    const resting = await getDb()
      .selectDistinct({ claimId: claimSources.claimId })
      .from(claimSources);
    expect(resting).toHaveLength(demoClaims.length);
    const { sources } = await listSources(reviewer, { q: "", kind: null, sort: "claims", page: 1 });
    const ng = sources.find((source) => source.name === "Nezavisimaya Gazeta");
    expect(ng).toMatchObject({ kind: "outlet" });
    expect(ng!.claims).toBeGreaterThanOrEqual(10);
    // the corpus's own entity, not a second of the same name
    expect(
      await getDb().select().from(entities).where(eq(entities.name, "Nezavisimaya Gazeta")),
    ).toHaveLength(1);
    const [record] = await readSourceRecords(reviewer, [ng!.id]);
    expect(record!.claims).toBe(ng!.claims);
  });

  it("records each source on the cards' history as the app does", async () => {
    const [first] = await getDb()
      .select({ claimId: claimSources.claimId })
      .from(claimSources)
      .limit(1);
    const history = await getClaimHistory(reviewer, first!.claimId);
    expect(history.map((event) => event.action)).toContain("claim.add_source");
  });
});
