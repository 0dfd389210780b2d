import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, claims, reports } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { ForbiddenError } from "@/lib/auth/authorization";
import { createClaim } from "@/lib/claims/create";
import { newClaimSchema } from "@/lib/claims/claim-fields";
import { VersionConflict } from "@/lib/errors";
import { importReport } from "./import";
import { replaceReportText } from "./replace-text";
import { restoreReportText } from "./restore-text";
import { getTextVersion, listTextVersions } from "./text-versions";

const quote = "the convoy crossed the border at dawn on 3 July";
const original = `Witnesses said ${quote}, carrying twelve trucks of supplies.\n\nOfficials declined to comment.\n`;
const metadata = (title: string) => ({
  title,
  outlet: "Versions Test",
  author: null,
  url: null,
  publishedOn: null,
  language: null,
});

async function reportWithAnchoredClaim(title: string) {
  const importer = await makeUser("reviewer");
  const { reportId } = await importReport(importer, metadata(title), `${original}${title}\n`);
  const start = original.indexOf(quote);
  await createClaim(
    importer,
    newClaimSchema.parse({
      reportId,
      statement: "A convoy crossed the border on 3 July.",
      quote,
      quoteStart: String(start),
      quoteEnd: String(start + quote.length),
      attribution: "Witnesses",
      eventDate: "",
    }),
  );
  return { importer, reportId };
}

const versionOf = async (reportId: number) =>
  (await getDb().select().from(reports).where(eq(reports.id, reportId)))[0]!.version;

describe("a report's text versions", () => {
  it("keeps every text the report has had, with who set it and when, newest first", async () => {
    const { importer, reportId } = await reportWithAnchoredClaim("Kept texts");
    const editor = await makeUser("editor");
    const first = (await getDb().select().from(reports).where(eq(reports.id, reportId)))[0]!;
    const second = first.fullText!.replace("twelve", "eleven");
    const third = second.replace("at dawn", "at first light");
    await replaceReportText(importer, reportId, await versionOf(reportId), second);
    await replaceReportText(editor, reportId, await versionOf(reportId), third);

    const versions = await listTextVersions(importer, reportId);
    expect(versions.map((v) => [v.number, v.setByName, v.current])).toEqual([
      [3, editor.displayName, true],
      [2, importer.displayName, false],
      [1, importer.displayName, false],
    ]);
    expect(versions.every((v) => Date.now() - v.setAt.getTime() < 60_000)).toBe(true);
    // the first text is there, word for word, for anyone to read
    expect((await getTextVersion(importer, reportId, 1))?.fullText).toBe(first.fullText);
    expect((await getTextVersion(importer, reportId, 2))?.fullText).toBe(second);
  });

  it("lets an editor restore an earlier version: a new version, its anchors found again, audited", async () => {
    const { importer, reportId } = await reportWithAnchoredClaim("Restored text");
    const editor = await makeUser("editor");
    const first = (await getDb().select().from(reports).where(eq(reports.id, reportId)))[0]!;
    // the quote is gone from the replacement: its claim is orphaned
    await replaceReportText(
      importer,
      reportId,
      first.version,
      "A rewritten story with none of the old words.\n",
    );
    const [orphaned] = await getDb().select().from(claims).where(eq(claims.reportId, reportId));
    expect(orphaned!.anchorState).toBe("orphaned");

    expect(
      await restoreReportText(importer, reportId, 1, await versionOf(reportId)).catch((e) => e),
    ).toBeInstanceOf(ForbiddenError);
    expect(
      await restoreReportText(editor, reportId, 1, first.version).catch((e) => e),
    ).toBeInstanceOf(VersionConflict);

    const restored = await restoreReportText(editor, reportId, 1, await versionOf(reportId));
    expect(restored).toMatchObject({ outcome: "replaced", textVersion: 3, orphaned: [] });
    const [report] = await getDb().select().from(reports).where(eq(reports.id, reportId));
    expect(report!.fullText).toBe(first.fullText);
    const [claim] = await getDb().select().from(claims).where(eq(claims.reportId, reportId));
    expect(claim!.anchorState).toBe("anchored");
    expect(report!.fullText!.slice(claim!.anchorStart!, claim!.anchorEnd!)).toBe(quote);

    const versions = await listTextVersions(editor, reportId);
    expect(versions[0]).toMatchObject({
      number: 3,
      restoredFrom: 1,
      setByName: editor.displayName,
    });
    const [event] = await getDb()
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, String(reportId)),
          eq(auditEvents.action, "report.restore_text"),
        ),
      );
    expect(event).toMatchObject({ actorId: editor.id });
    expect(event!.before).toMatchObject({ textVersion: 2 });
    expect(event!.after).toMatchObject({ textVersion: 3, restoredFrom: 1 });
  });

  it("numbers versions without gaps or twins when two replacements race: one wins, one conflicts", async () => {
    const { importer, reportId } = await reportWithAnchoredClaim("Raced text");
    const editor = await makeUser("editor");
    const text = (await getDb().select().from(reports).where(eq(reports.id, reportId)))[0]!
      .fullText!;
    const version = await versionOf(reportId);
    const outcomes = await Promise.all(
      [importer, editor].map((actor, i) =>
        replaceReportText(actor, reportId, version, `${text}Addendum ${i}.\n`).catch((e) => e),
      ),
    );
    expect(outcomes.filter((o) => o instanceof VersionConflict)).toHaveLength(1);
    expect(outcomes.filter((o) => o?.outcome === "replaced")).toHaveLength(1);
    expect((await listTextVersions(editor, reportId)).map((v) => v.number)).toEqual([2, 1]);
  });
});
