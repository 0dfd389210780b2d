import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/authorization";
import { NotFoundError, RuleViolation, VersionConflict } from "@/lib/errors";
import {
  auditOf,
  evidenceOf,
  makeEvidenceScene,
  rateToQuorum,
  source,
  statusOf,
} from "@/scripts/testing/evidence-fixtures";
import { englishOf } from "@/scripts/testing/in-english";
import { addEvidence } from "./add";
import { listClaimEvidence } from "./list";
import { retractEvidence } from "./retract";

// the people and their report, made once for the file in its own database
const { reviewer, otherReviewer, editor, makeClaimId: makeClaim } = await makeEvidenceScene();

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
