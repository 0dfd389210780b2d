import { describe, expect, it } from "vitest";
import { describeSelection } from "./describe-selection";
import { mixedSelection as mixed } from "@/scripts/testing/sample-selection";
import { englishReader } from "./reader";
import { defaultExportSelection } from "./selection";

const arabicReader = { language: "ar", digits: "western" } as const;

describe("an export selection in words", () => {
  it("says what it selects in English", () => {
    expect(describeSelection(defaultExportSelection, {}, englishReader)).toBe("verdict verified");
    expect(
      describeSelection(mixed, { report: "Training abroad", entity: "China" }, englishReader),
    ).toBe(
      "verdict false or misleading, or no verdict and in review; report “Training abroad”; entity “China”; events from 2025-01-01 to 2025-06-30",
    );
    expect(
      describeSelection(
        { ...defaultExportSelection, statuses: "all", to: "2025-01-01" },
        {},
        englishReader,
      ),
    ).toBe("every claim; events up to 2025-01-01");
    expect(
      describeSelection(
        { ...defaultExportSelection, reportId: 4, statuses: ["verified", "false", "unproven"] },
        {},
        englishReader,
      ),
    ).toBe("verdict verified, false or unproven; report “#4”");
  });

  it("says it in Arabic for an Arabic reader, names and dates as they are", () => {
    expect(
      describeSelection(mixed, { report: "التدريب في الخارج", entity: "China" }, arabicReader),
    ).toBe(
      "الحكم خاطئ أو مضلِّل، أو بلا حكم والحالة قيد المراجعة؛ التقرير «التدريب في الخارج»؛ الكيان «China»؛ الأحداث من 2025-01-01 إلى 2025-06-30",
    );
    expect(
      describeSelection({ ...defaultExportSelection, statuses: "all" }, {}, arabicReader),
    ).toBe("كل الادعاءات");
  });
});
