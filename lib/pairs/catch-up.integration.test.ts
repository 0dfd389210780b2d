import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { claimResemblances, claims } from "@/db/schema";
import { crontab } from "@/lib/jobs/runner";
import { deskTasks } from "@/lib/jobs/tasks";
import { makeClaims, makeReport } from "@/scripts/testing/make-claim";
import { CATCH_UP_BATCH, RESEMBLANCES_CATCH_UP_TASK } from "./resemblances";

describe("a bulk load's look-alikes", () => {
  it("are worked out by the queue every minute, more than one batch in a run", async () => {
    expect(crontab()).toMatch(
      new RegExp(`^\\* \\* \\* \\* \\* ${RESEMBLANCES_CATCH_UP_TASK}$`, "m"),
    );

    const report = await makeReport("Bulk load of crossings");
    const loaded = await makeClaims(
      report,
      Array.from({ length: CATCH_UP_BATCH + 30 }, (_, n) => ({
        statement: `Pakistan reopened border crossing number ${n} to lorries on 4 May 2024.`,
        quote: `أعادت باكستان فتح المعبر رقم ${n}`,
      })),
    );
    const pending = () =>
      getDb()
        .select({ id: claims.id })
        .from(claims)
        .where(and(inArray(claims.id, loaded), eq(claims.resemblancesPending, true)));
    expect(await pending()).toHaveLength(loaded.length);

    await deskTasks[RESEMBLANCES_CATCH_UP_TASK]!({}, {} as never);

    expect(await pending()).toEqual([]);
    // the last of the load, past the first batch, found its look-alikes among the first
    const last = loaded.at(-1)!;
    const found = await getDb()
      .select({ other: claimResemblances.claimId })
      .from(claimResemblances)
      .where(eq(claimResemblances.otherClaimId, last));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(({ other }) => loaded.includes(other))).toBe(true);
  });
});
