import { beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { createClaim } from "@/lib/claims/create";
import { newClaimSchema } from "@/lib/claims/claim-fields";
import { importReport } from "@/lib/reports/import";
import { listReportSuggestions } from "./for-report";

const radar =
  "وقال وزير الدفاع في نص الوثيقة إنه تقرر إرسال 22 شخصا إلى الصين في 13 سبتمبر 2025 للتدريب على أنظمة الرادار.";
const bridge =
  "The ministry said 40 lorries crossed the Friendship Bridge into Termez on 2 June 2025.";

let reviewer: User;
let claimId: number;
let bridgeClaimId: number;

async function imported(title: string, text: string): Promise<number> {
  const result = await importReport(
    reviewer,
    { title, outlet: null, author: null, url: null, publishedOn: null, language: null },
    text,
  );
  if (result.outcome !== "imported") throw new Error(`${title} was not imported`);
  return result.reportId;
}

async function claimFrom(reportId: number, quote: string, statement: string) {
  const made = await createClaim(
    reviewer,
    newClaimSchema.parse({ reportId: String(reportId), statement, quote, attribution: "" }),
  );
  return made.claimId;
}

beforeAll(async () => {
  reviewer = await makeUser("reviewer");
  const first = await imported("The leak", `${radar}\n\n${bridge}\n`);
  claimId = await claimFrom(
    first,
    radar,
    "The Taliban are sending 22 people to China for radar training.",
  );
  bridgeClaimId = await claimFrom(
    first,
    bridge,
    "40 lorries crossed the Friendship Bridge on 2 June 2025.",
  );
});

describe("a report that repeats claims already on the desk", () => {
  it("marks the repeated sentence with the other report's claim instead of suggesting it", async () => {
    // the same sentence, republished without hamza and diacritics, in Arabic-Indic digits
    const republished =
      "وقال وزير الدفاع في نص الوثيقة انه تقرر ارسال ٢٢ شخصاً الى الصين في ١٣ سبتمبر ٢٠٢٥ للتدريب على انظمة الرادار.";
    const fresh =
      "Kabul and Tashkent signed a railway agreement worth 5 billion dollars on 17 July 2025.";
    const second = await imported("The republished leak", `${republished}\n\n${fresh}\n`);

    const listed = await listReportSuggestions(reviewer, second);
    expect(listed!.repeats).toMatchObject([
      { text: republished, claim: { claimId, reportTitle: "The leak" } },
    ]);
    const suggested = listed!.suggestions.map((suggestion) => suggestion.text);
    expect(suggested).not.toContain(republished);
    expect(suggested).toContain(fresh);
  });

  it("suggests a sentence that gives another number for the same thing as new", async () => {
    const otherCount =
      "The ministry said 14 lorries crossed the Friendship Bridge into Termez on 2 June 2025.";
    const third = await imported("Another count", `${otherCount}\n`);
    const listed = await listReportSuggestions(reviewer, third);
    expect(listed!.repeats.map((repeat) => repeat.claim.claimId)).not.toContain(bridgeClaimId);
    expect(listed!.suggestions.map((suggestion) => suggestion.text)).toContain(otherCount);
  });

  it("does not count the report's own claims as repeats", async () => {
    const [report] = await Promise.all([imported("Own claims", `${bridge} Traffic was slow.\n`)]);
    const own = await claimFrom(report!, bridge, "Forty lorries crossed on 2 June 2025.");
    const listed = await listReportSuggestions(reviewer, report!);
    expect(listed!.repeats.map((repeat) => repeat.claim.claimId)).not.toContain(own);
  });
});
