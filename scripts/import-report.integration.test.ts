import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, reports } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { arabicMetadata, arabicParagraphs } from "@/scripts/testing/web-fixture-pages";
import { startWebFixtures, type WebFixtures } from "@/scripts/testing/web-fixtures";

const run = promisify(execFile);

let fixtures: WebFixtures;
beforeAll(async () => {
  fixtures = await startWebFixtures();
});
afterAll(() => fixtures.close());

/** `npm run import-report -- …`, on this test file's database. */
const importReportCommand = (args: string[], env: Record<string, string> = {}) =>
  run(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "scripts/import-report.ts", ...args],
    {
      env: { ...process.env, NODE_ENV: "test", ...env },
      timeout: 60_000,
    },
  );

it("imports a report from its address, filling what the page says", async () => {
  const reviewer = await makeUser("reviewer");
  const address = `${fixtures.origin}/arabic-1256`;
  const { stdout } = await importReportCommand(
    [address, "--outlet", "Given outlet", "--as", reviewer.email],
    { UNSAFE_FETCH_LOOPBACK_FOR_TESTS: "1" },
  );
  expect(stdout).toMatch(/^Fetched .*arabic-1256: \d+ characters \(its article\)\./m);
  expect(stdout).toMatch(/Imported report \d+/);

  const [report] = await getDb().select().from(reports).where(eq(reports.url, address));
  expect(report).toMatchObject({
    title: arabicMetadata.title,
    outlet: "Given outlet", // the option wins over the page
    author: arabicMetadata.author,
    publishedOn: arabicMetadata.publishedOn,
    language: "ar",
    importedBy: reviewer.id,
  });
  expect(report!.fullText).toContain(arabicParagraphs.join("\n\n"));
  const actions = (
    await getDb()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.actorId, reviewer.id))
  ).map((event) => event.action);
  // the outlet named is new to the desk, so it becomes a source, in the import's transaction
  expect(actions).toEqual(["report.fetch", "entity.create", "report.import"]);
});

it("refuses an address on this machine unless the test-only setting allows it", async () => {
  const failed = await importReportCommand([`${fixtures.origin}/arabic-utf8`], {
    UNSAFE_FETCH_LOOPBACK_FOR_TESTS: "0",
  }).catch((e) => e);
  expect(failed.code).toBe(1);
  expect(failed.stderr).toContain("That address is the desk's own machine (loopback)");
});
