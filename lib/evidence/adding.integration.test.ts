import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { evidence, verdicts } from "@/db/schema";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import {
  auditOf,
  evidenceOf,
  makeEvidenceScene,
  rateToQuorum,
  source,
  statusOf,
} from "@/scripts/testing/evidence-fixtures";
import { addEvidence } from "./add";
import type { EvidenceFields } from "./fields";
import { listClaimEvidence } from "./list";

// the people and their report, made once for the file in its own database
const { reviewer, otherReviewer, editor, makeClaimId: makeClaim } = await makeEvidenceScene();

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
