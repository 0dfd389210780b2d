import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { englishOf } from "@/scripts/testing/in-english";
import { getDb } from "@/db";
import { auditEvents, claims, evidence, ratings, reports, verdicts, type User } from "@/db/schema";
import { makeClaim as makeTestClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { ForbiddenError } from "@/lib/auth/authorization";
import { env } from "@/lib/env";
import { NotFoundError, RuleViolation, VersionConflict } from "@/lib/errors";
import { addEvidence } from "./add";
import type { EvidenceFields } from "./fields";
import { listClaimEvidence } from "./list";
import { retractEvidence } from "./retract";

let reviewer: User;
let otherReviewer: User;
let editor: User;
let reportId: number;

beforeAll(async () => {
  [reviewer, otherReviewer, editor] = await Promise.all([
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("editor"),
  ]);
  const [report] = await getDb()
    .insert(reports)
    .values({ title: "Evidence tests", language: "ar" })
    .returning({ id: reports.id });
  reportId = report!.id;
});

async function makeClaim(): Promise<number> {
  return (await makeTestClaim({ reportId })).id;
}

/** Enough strong, agreeing ratings to meet the quorum, written directly as the rating form would. */
async function rateToQuorum(claimId: number) {
  const raters = await Promise.all(
    Array.from({ length: env.CLAIM_QUORUM }, () => makeUser("reviewer")),
  );
  await getDb()
    .insert(ratings)
    .values(
      raters.map((r) => ({ claimId, reviewerId: r.id, reliability: "A" as const, credibility: 1 })),
    );
}

const source = (overrides: Partial<EvidenceFields> = {}): EvidenceFields => ({
  url: "https://news.example/2025/09/trainees",
  title: "Trainees leave for China",
  outlet: "News Example",
  publishedOn: "2025-09-14",
  archiveUrl: "https://web.archive.org/web/2025/https://news.example/2025/09/trainees",
  stance: "supports",
  quote: "سافر 22 متدربا إلى الصين",
  ...overrides,
});

const statusOf = async (claimId: number) =>
  (await getDb().select({ status: claims.status }).from(claims).where(eq(claims.id, claimId)))[0]!
    .status;

const auditOf = (claimId: number) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "claim"), eq(auditEvents.entityId, String(claimId))))
    .orderBy(auditEvents.id);

const evidenceOf = (claimId: number) =>
  getDb().select().from(evidence).where(eq(evidence.claimId, claimId)).orderBy(evidence.id);

describe("adding evidence", () => {
  it("stores the source with an audit event on the card and counts it towards the status", async () => {
    const claimId = await makeClaim();
    await rateToQuorum(claimId);
    const { evidenceId } = await addEvidence(reviewer, claimId, source());

    const [stored] = await evidenceOf(claimId);
    expect(stored).toMatchObject({
      id: evidenceId,
      url: "https://news.example/2025/09/trainees",
      title: "Trainees leave for China",
      outlet: "News Example",
      publishedOn: "2025-09-14",
      stance: "supports",
      addedBy: reviewer.id,
      retractedAt: null,
      version: 1,
    });
    // quorum of A1 ratings and a supporting source
    expect(await statusOf(claimId)).toBe("well_sourced");
    const [event] = await auditOf(claimId);
    expect(event).toMatchObject({
      action: "evidence.add",
      actorId: reviewer.id,
      entityType: "claim",
      after: { evidenceId, stance: "supports", status: "well_sourced" },
    });

    const [listed] = await listClaimEvidence(reviewer, claimId);
    expect(listed).toMatchObject({
      addedByName: reviewer.displayName,
      host: "news.example",
      canRetract: true,
    });
    expect((await listClaimEvidence(otherReviewer, claimId))[0]!.canRetract).toBe(false);
    expect((await listClaimEvidence(editor, claimId))[0]!.canRetract).toBe(true);
  });

  it("stores blank optional fields as nothing, and trims what is typed", async () => {
    const claimId = await makeClaim();
    await addEvidence(reviewer, claimId, {
      url: "http://plain.example/",
      title: "  Plain  ",
      outlet: "  ",
      publishedOn: "",
      archiveUrl: "",
      stance: "context",
      quote: "",
    } as unknown as EvidenceFields);
    const [stored] = await evidenceOf(claimId);
    expect(stored).toMatchObject({
      title: "Plain",
      outlet: null,
      publishedOn: null,
      archiveUrl: null,
      quote: null,
    });
  });

  const scriptAddresses = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "JAVASCRIPT:alert(document.cookie)",
    " javascript:alert(1)",
    "\tjavascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0001javascript:alert(1)",
    "javascript\u0000:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    " https://news.example/leading-space",
    "//news.example/no-scheme",
    "ftp://files.example/report.pdf",
    "https://",
    "",
  ];

  it.each(scriptAddresses)("refuses %j as the link, on its field, saving nothing", async (url) => {
    const claimId = await makeClaim();
    const refusal = await addEvidence(reviewer, claimId, source({ url })).catch((e) => e);
    expect(refusal).toBeInstanceOf(RuleViolation);
    expect(refusal.field).toBe("url");
    expect(await evidenceOf(claimId)).toEqual([]);
    expect(await auditOf(claimId)).toEqual([]);
  });

  it("refuses script and data addresses as the archived copy too", async () => {
    const claimId = await makeClaim();
    for (const archiveUrl of ["javascript:alert(1)", "data:text/html,x", " JAVASCRIPT:x"]) {
      const refusal = await addEvidence(reviewer, claimId, source({ archiveUrl })).catch((e) => e);
      expect(refusal).toBeInstanceOf(RuleViolation);
      expect(refusal.field).toBe("archiveUrl");
    }
    expect(await evidenceOf(claimId)).toEqual([]);
  });

  it("refuses credentials, localhost and bare IP addresses as the link or archived copy, on their fields", async () => {
    const claimId = await makeClaim();
    const addresses = [
      "https://user:pass@example.com/z",
      "http://localhost:3000/z",
      "http://127.0.0.1/z",
      "http://[::1]/z",
    ];
    for (const field of ["url", "archiveUrl"] as const) {
      for (const address of addresses) {
        const refusal = await addEvidence(reviewer, claimId, source({ [field]: address })).catch(
          (e) => e,
        );
        expect(refusal).toBeInstanceOf(RuleViolation);
        expect(refusal.field).toBe(field);
      }
    }
    expect(await evidenceOf(claimId)).toEqual([]);
    expect(await auditOf(claimId)).toEqual([]);
  });

  it("takes an archived copy on any archive", async () => {
    const claimId = await makeClaim();
    await addEvidence(reviewer, claimId, source({ archiveUrl: "https://perma.cc/ABCD-1234" }));
    expect((await evidenceOf(claimId))[0]!.archiveUrl).toBe("https://perma.cc/ABCD-1234");
  });

  it("refuses a missing title, an unknown stance and a malformed, future or pre-1900 date on their fields", async () => {
    const claimId = await makeClaim();
    const cases: Array<[Partial<EvidenceFields>, string]> = [
      [{ title: "   " }, "title"],
      [{ stance: "agrees" as EvidenceFields["stance"] }, "stance"],
      [{ publishedOn: "14/09/2025" }, "publishedOn"],
      [{ publishedOn: "2099-01-01" }, "publishedOn"],
      [{ publishedOn: "0001-01-01" }, "publishedOn"],
      [{ publishedOn: "1899-12-31" }, "publishedOn"],
    ];
    for (const [overrides, field] of cases) {
      const refusal = await addEvidence(reviewer, claimId, source(overrides)).catch((e) => e);
      expect(refusal).toBeInstanceOf(RuleViolation);
      expect(refusal.field).toBe(field);
    }
    expect(await evidenceOf(claimId)).toEqual([]);
  });

  it("is refused by the database itself when the data layer is bypassed", async () => {
    const claimId = await makeClaim();
    const refusal = await getDb()
      .insert(evidence)
      .values({
        claimId,
        url: "javascript:alert(1)",
        title: "Bypass",
        stance: "supports",
        addedBy: reviewer.id,
      })
      .catch((e) => e);
    expect(refusal).toBeInstanceOf(Error);
    expect(await evidenceOf(claimId)).toEqual([]);
  });

  it("answers not found for a claim that does not exist", async () => {
    const refusal = await addEvidence(reviewer, 999_999, source()).catch((e) => e);
    expect(refusal).toBeInstanceOf(NotFoundError);
  });

  it("is not blocked by an open editor verdict, which locks only ratings", async () => {
    const claimId = await makeClaim();
    await getDb()
      .insert(verdicts)
      .values({ claimId, verdict: "unproven", rationale: "Not enough yet.", decidedBy: editor.id });
    await addEvidence(reviewer, claimId, source());
    expect(await evidenceOf(claimId)).toHaveLength(1);
  });
});

describe("retracting evidence", () => {
  it("keeps the source with its reason, stops counting it, and records both events", async () => {
    const claimId = await makeClaim();
    await rateToQuorum(claimId);
    await addEvidence(reviewer, claimId, source());
    const { evidenceId } = await addEvidence(
      otherReviewer,
      claimId,
      source({
        url: "https://other.example/2025/09/no-trainees",
        stance: "contradicts",
        title: "Trainees never left",
      }),
    );
    expect(await statusOf(claimId)).toBe("disputed");

    await retractEvidence(otherReviewer, {
      evidenceId,
      version: 1,
      reason: "  The outlet withdrew the article.  ",
    });
    const retracted = (await evidenceOf(claimId)).find((e) => e.id === evidenceId)!;
    expect(retracted).toMatchObject({
      title: "Trainees never left",
      retractedBy: otherReviewer.id,
      retractionReason: "The outlet withdrew the article.",
      version: 2,
    });
    expect(retracted.retractedAt).toBeInstanceOf(Date);
    expect(await statusOf(claimId)).toBe("well_sourced");

    const listed = await listClaimEvidence(reviewer, claimId);
    expect(listed).toHaveLength(2);
    expect(listed[1]).toMatchObject({
      retractedByName: otherReviewer.displayName,
      retractionReason: "The outlet withdrew the article.",
      canRetract: false,
    });

    const events = await auditOf(claimId);
    expect(events.map((e) => e.action)).toEqual([
      "evidence.add",
      "evidence.add",
      "evidence.retract",
    ]);
    expect(events[2]).toMatchObject({
      actorId: otherReviewer.id,
      before: { evidenceId, retracted: false, status: "disputed" },
      after: { evidenceId, retracted: true, status: "well_sourced" },
    });
  });

  it("refuses a reviewer retracting someone else's evidence by its id; an editor may", async () => {
    const claimId = await makeClaim();
    const { evidenceId } = await addEvidence(reviewer, claimId, source());
    const refusal = await retractEvidence(otherReviewer, {
      evidenceId,
      version: 1,
      reason: "I do not like it.",
    }).catch((e) => e);
    expect(refusal).toBeInstanceOf(ForbiddenError);
    const [untouched] = await evidenceOf(claimId);
    expect(untouched).toMatchObject({ retractedAt: null, version: 1 });
    expect((await auditOf(claimId)).map((e) => e.action)).toEqual(["evidence.add"]);

    await retractEvidence(editor, { evidenceId, version: 1, reason: "Duplicate of another link." });
    const [retracted] = await evidenceOf(claimId);
    expect(retracted).toMatchObject({ retractedBy: editor.id, version: 2 });
  });

  it("refuses a stale version, saying who changed it, and overwrites nothing", async () => {
    const claimId = await makeClaim();
    const { evidenceId } = await addEvidence(reviewer, claimId, source());
    await retractEvidence(editor, { evidenceId, version: 1, reason: "First reason." });

    const stale = await retractEvidence(reviewer, {
      evidenceId,
      version: 1,
      reason: "Second reason.",
    }).catch((e) => e);
    expect(stale).toBeInstanceOf(VersionConflict);
    expect(englishOf(stale)).toContain(`changed by ${editor.displayName} since you opened it`);
    const [stored] = await evidenceOf(claimId);
    expect(stored).toMatchObject({ retractionReason: "First reason.", retractedBy: editor.id });

    const again = await retractEvidence(reviewer, {
      evidenceId,
      version: 2,
      reason: "Second reason.",
    }).catch((e) => e);
    expect(again).toBeInstanceOf(RuleViolation);
    expect((await evidenceOf(claimId))[0]!.retractionReason).toBe("First reason.");
  });

  it("requires a reason, on its field, and answers not found for an unknown id", async () => {
    const claimId = await makeClaim();
    const { evidenceId } = await addEvidence(reviewer, claimId, source());
    const blank = await retractEvidence(reviewer, { evidenceId, version: 1, reason: "  " }).catch(
      (e) => e,
    );
    expect(blank).toBeInstanceOf(RuleViolation);
    expect(blank.field).toBe("reason");
    expect((await evidenceOf(claimId))[0]!.retractedAt).toBeNull();

    const unknown = await retractEvidence(reviewer, {
      evidenceId: 999_999,
      version: 1,
      reason: "Gone.",
    }).catch((e) => e);
    expect(unknown).toBeInstanceOf(NotFoundError);
  });
});
