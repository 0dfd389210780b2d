import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, reports, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { RuleViolation } from "@/lib/errors";
import { deskFetchPolicy } from "@/lib/web/fetch-policy";
import { makeUser } from "@/scripts/testing/make-user";
import { arabicMetadata, arabicParagraphs } from "@/scripts/testing/web-fixture-pages";
import { startWebFixtures, type WebFixtures } from "@/scripts/testing/web-fixtures";
import { describeDraft, draftReportFromLink, FETCHES_PER_MINUTE } from "./from-link";
import { importReport } from "./import";
import { inEnglishWords } from "./refusal";

let fixtures: WebFixtures;
let reviewer: User;
beforeAll(async () => {
  fixtures = await startWebFixtures();
  reviewer = await makeUser("reviewer");
});
afterAll(() => fixtures.close());

// the fixture server listens on loopback, which only tests may reach
const policy = deskFetchPolicy({ allowLoopback: true, timeoutMs: 5_000 });
const at = (path: string) => `${fixtures.origin}${path}`;

const fetchEventsOf = (actor: User) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, actor.id), eq(auditEvents.entityType, "web_page")))
    .orderBy(desc(auditEvents.id));

async function refusal(actor: User, address: string) {
  const error = await draftReportFromLink(actor, address, policy).catch((e) => e);
  if (!(error instanceof RuleViolation)) throw new Error(`${address} was not refused: ${error}`);
  return error;
}

describe("fetching a report from its link", () => {
  it("fills the import form from the page, saves no report, and audits the fetch", async () => {
    const before = await getDb().$count(reports);
    const draft = await draftReportFromLink(reviewer, at("/arabic-1256"), policy);
    expect(draft).toMatchObject({
      ...arabicMetadata,
      url: at("/arabic-1256"),
      language: "ar",
      extractedFrom: "article",
      duplicate: null,
    });
    expect(draft.text).toContain(arabicParagraphs.join("\n\n"));
    expect(await getDb().$count(reports)).toBe(before);

    const [event] = await fetchEventsOf(reviewer);
    expect(event).toMatchObject({ action: "report.fetch", entityId: at("/arabic-1256") });
    expect(event!.after).toMatchObject({
      url: at("/arabic-1256"),
      finalUrl: at("/arabic-1256"),
      status: 200,
      encoding: "windows-1256",
      characters: draft.text.length,
    });
  });

  it("tells what the page gave and what it did not", async () => {
    const draft = await draftReportFromLink(reviewer, at("/navigation-heavy"), policy);
    expect(describeDraft(draft)).toMatch(
      /^Filled in from the page: its article \(\d[\d,]* characters\)/,
    );
    expect(describeDraft({ ...draft, author: "", publishedOn: "" })).toContain(
      "The page does not give its author or publication date.",
    );
    const plain = await draftReportFromLink(reviewer, at("/plain.txt"), policy);
    expect(describeDraft(plain)).toMatch(/^Filled in from the page, a plain text file \(42 /);
  });

  it("offers the report that already has the page's text", async () => {
    const first = await draftReportFromLink(reviewer, at("/arabic-utf8"), policy);
    const imported = await importReport(
      reviewer,
      { ...first, outlet: null, author: null, url: first.url, publishedOn: null, language: null },
      first.text,
    );
    const again = await draftReportFromLink(reviewer, at("/redirect-once"), policy);
    expect(again.duplicate).toEqual({ reportId: imported.reportId, title: first.title });
  });
});

describe("refusals", () => {
  it("puts the fetcher's sentence on the link field and audits the address it refused", async () => {
    const error = await refusal(reviewer, at("/redirect-to-private"));
    expect(error.field).toBe("link");
    expect(inEnglishWords(error.message, error.values)).toContain(
      "redirects to an address that is inside a private network",
    );
    const [event] = await fetchEventsOf(reviewer);
    expect(event).toMatchObject({ action: "report.fetch_refused" });
    expect(event!.after).toMatchObject({ failure: "private", address: "10.20.30.40" });
  });

  it.each([
    ["/missing", "The site answered 404 (not found) instead of the page."],
    ["/report.pdf", "That is not a web page (application/pdf)."],
  ])("refuses %s", async (path, message) => {
    const error = await refusal(reviewer, at(path));
    expect(inEnglishWords(error.message, error.values)).toBe(message);
  });

  it(`paces each person to ${FETCHES_PER_MINUTE} fetches a minute`, async () => {
    const busy = await makeUser("reviewer");
    for (let i = 0; i < FETCHES_PER_MINUTE; i += 1) {
      await recordAudit(getDb(), {
        actorId: busy.id,
        action: "report.fetch",
        entityType: "web_page",
        entityId: at(`/page-${i}`),
      });
    }
    const error = await refusal(busy, at("/arabic-utf8"));
    expect(inEnglishWords(error.message, error.values)).toBe(
      `You have fetched ${FETCHES_PER_MINUTE} pages in the last minute. Wait a minute, then fetch again.`,
    );
    // someone else is not held back by it
    await expect(draftReportFromLink(reviewer, at("/plain.txt"), policy)).resolves.toBeTruthy();
  });
});
