import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { entities, evidenceSources, reportSources, type User } from "@/db/schema";
import { makeClaim, makeReport } from "@/scripts/testing/make-claim";
import { auditEventsOf } from "@/scripts/testing/audit-events";
import { englishOf } from "@/scripts/testing/in-english";
import { makeUser } from "@/scripts/testing/make-user";
import { ForbiddenError } from "@/lib/auth/authorization";
import { RuleViolation, VersionConflict } from "@/lib/errors";
import { addEvidence } from "@/lib/evidence/add";
import { wordsOf } from "@/lib/i18n/translator";
import { importReport } from "@/lib/reports/import";
import { nameClaimSource } from "./claim-sources";
import { editSource } from "./edit";
import { setReportSource } from "./report-source";
import { freshName as fresh } from "@/scripts/testing/fresh-name";

let reviewer: User;
let editor: User;

beforeAll(async () => {
  [reviewer, editor] = await Promise.all([makeUser("reviewer"), makeUser("editor")]);
});

const link = (url: string, outlet: string | null = null) => ({
  url,
  title: "A page",
  outlet,
  publishedOn: null,
  archiveUrl: null,
  stance: "context" as const,
  quote: null,
});

const sourceOfEvidence = async (evidenceId: number) =>
  (
    await getDb()
      .select({ sourceId: evidenceSources.sourceId })
      .from(evidenceSources)
      .where(eq(evidenceSources.evidenceId, evidenceId))
  )[0]?.sourceId ?? null;

describe("a report's outlet", () => {
  it("is named at import from the outlet typed", async () => {
    const outlet = fresh("Ultra Sawt");
    const imported = await importReport(
      reviewer,
      {
        title: fresh("Dispatch"),
        outlet,
        author: null,
        url: null,
        publishedOn: null,
        language: null,
      },
      `A dispatch ${randomBytes(8).toString("hex")}.\n\nUS forces gave air support.`,
    );
    const [row] = await getDb()
      .select({ name: entities.name, kind: entities.kind })
      .from(reportSources)
      .innerJoin(entities, eq(entities.id, reportSources.sourceId))
      .where(eq(reportSources.reportId, imported.reportId));
    expect(row).toEqual({ name: outlet, kind: "outlet" });
  });

  it("is changed by the importer or an editor from the version they saw", async () => {
    const reportId = await makeReport();
    const first = await setReportSource(editor, {
      reportId,
      version: 0,
      name: fresh("Euronews"),
      kind: "outlet",
    });
    expect(first.changed).toBe(true);
    const stale = await setReportSource(editor, {
      reportId,
      version: 0,
      name: fresh("Euronews Arabic"),
      kind: "outlet",
    }).catch((error) => error);
    expect(stale).toBeInstanceOf(VersionConflict);
    await expect(
      setReportSource(reviewer, { reportId, version: 1, name: fresh("Other"), kind: "outlet" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await auditEventsOf("report", reportId, "report.set_source")).toHaveLength(1);
  });
});

describe("evidence from a source", () => {
  it("maps a link's host (or its parent domain's) to the outlet listing it", async () => {
    const claim = await makeClaim();
    const host = `${randomBytes(4).toString("hex")}.example`;
    const { source } = await nameClaimSource(reviewer, {
      claimId: claim.id,
      name: fresh("Nezavisimaya Gazeta"),
      kind: "outlet",
    });
    // a link added before the host is listed names no source, until the host is given
    const early = await addEvidence(reviewer, claim.id, link(`https://www.${host}/early`));
    expect(await sourceOfEvidence(early.evidenceId)).toBeNull();
    const { evidenceGiven } = await editSource(editor, {
      sourceId: source.id,
      version: source.version,
      name: source.name,
      kind: "outlet",
      hosts: [host],
    });
    expect(evidenceGiven).toBe(1);
    expect(await sourceOfEvidence(early.evidenceId)).toBe(source.id);

    const onSection = await addEvidence(reviewer, claim.id, link(`https://nvo.${host}/x`));
    expect(await sourceOfEvidence(onSection.evidenceId)).toBe(source.id);
    const [added] = await auditEventsOf("claim", claim.id, "evidence.add").then((events) =>
      events.filter(
        (event) => (event.after as { evidenceId: number }).evidenceId === onSection.evidenceId,
      ),
    );
    expect(added!.after).toMatchObject({ source: source.name });
  });

  it("falls back to a source named as the outlet typed with the link", async () => {
    const claim = await makeClaim();
    const name = fresh("Afghanistan International");
    const { source } = await nameClaimSource(reviewer, { claimId: claim.id, name, kind: "outlet" });
    const added = await addEvidence(
      reviewer,
      claim.id,
      link(`https://${randomBytes(4).toString("hex")}.example/a`, name.toLowerCase()),
    );
    expect(await sourceOfEvidence(added.evidenceId)).toBe(source.id);
  });
});

describe("editing a source", () => {
  it("refuses a stale version, a host another source lists, and a reviewer", async () => {
    const claim = await makeClaim();
    const host = `${randomBytes(4).toString("hex")}.example`;
    const [{ source: first }, { source: second }] = await Promise.all([
      nameClaimSource(reviewer, { claimId: claim.id, name: fresh("First"), kind: "outlet" }),
      nameClaimSource(reviewer, { claimId: claim.id, name: fresh("Second"), kind: "outlet" }),
    ]);
    await editSource(editor, { ...edit(first), hosts: [host] });
    const stale = await editSource(editor, { ...edit(first), name: "Renamed" }).catch((e) => e);
    expect(stale).toBeInstanceOf(VersionConflict);
    // what the editor is told, naming what the colleague saved, in each language
    expect(englishOf(stale)).toBe(
      `Another editor changed this source since you opened it: it is now “${first.name}” (outlet), host ${host}. Your changes are still in the form: reload to see theirs, then apply yours again.`,
    );
    expect(wordsOf("ar", undefined)(stale.message, stale.values)).toBe(
      `غيّر محرِّر آخر هذا المصدر منذ فتحته: صار «${first.name}» (وسيلة إعلام)، ونطاقه ${host}. تعديلاتك باقية في النموذج: أعد تحميل الصفحة لترى تعديلاته، ثم طبّق تعديلاتك مجددًا.`,
    );
    const taken = await editSource(editor, { ...edit(second), hosts: [host] }).catch((e) => e);
    expect(taken).toBeInstanceOf(RuleViolation);
    expect(taken.field).toBe("hosts");
    await expect(editSource(reviewer, edit(second))).rejects.toBeInstanceOf(ForbiddenError);
    const [edited] = await auditEventsOf("entity", first.id, "source.edit");
    expect(edited!.after).toMatchObject({ hosts: [host] });
  });
});

function edit(source: { id: number; version: number; name: string }) {
  return {
    sourceId: source.id,
    version: source.version,
    name: source.name,
    kind: "outlet" as const,
    hosts: [] as string[],
  };
}
