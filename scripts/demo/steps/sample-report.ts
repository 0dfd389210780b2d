/**
 * The sample report, imported with its full text by a demo reviewer, and the
 * cards the reviewers made from it in the reader: through the same functions
 * as the import page, "Make claim" and "Link a claim", so the report reads,
 * highlights and suggests exactly as one a person imported.
 */
import { createClaim } from "@/lib/claims/create";
import { addRelation } from "@/lib/relations/add";
import { importReport } from "@/lib/reports/import";
import { sampleClaims, sampleRelations, sampleReport, sampleReportText } from "../sample-report";
import { accountOf, claimIdOf, type DemoDesk } from "./desk";

export async function loadSampleReport(desk: DemoDesk) {
  const imported = await importReport(
    accountOf(desk, "lina"),
    {
      title: sampleReport.title,
      outlet: sampleReport.outlet,
      author: null,
      url: null,
      publishedOn: null,
      language: "ar",
    },
    sampleReportText,
  );
  if (imported.outcome !== "imported") throw new Error("The sample report is already in the desk.");
  desk.reportIds.set(sampleReport.key, imported.reportId);

  for (const claim of sampleClaims) {
    const { claimId } = await createClaim(accountOf(desk, claim.madeBy), {
      reportId: imported.reportId,
      statement: claim.statement,
      quote: claim.quote,
      quoteStart: null,
      quoteEnd: null,
      attribution: claim.attribution,
      eventDate: claim.eventDate,
      eventDatePrecision: claim.eventDatePrecision,
      sameAsClaimId: null,
    });
    desk.claimIds.set(claim.key, claimId);
  }
  for (const relation of sampleRelations) {
    await addRelation(accountOf(desk, relation.linkedBy), {
      claimId: claimIdOf(desk, relation.fromClaim),
      otherClaimId: claimIdOf(desk, relation.toClaim),
      kind: relation.kind,
      note: relation.note,
    });
  }
}
