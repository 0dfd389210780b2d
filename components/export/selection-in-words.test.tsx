import { renderToStaticMarkup } from "react-dom/server";
import { createFormatter } from "use-intl/core";
import { describe, expect, it, vi } from "vitest";
import { describeSelection } from "@/lib/export/describe-selection";
import { defaultExportSelection, type ExportSelection } from "@/lib/export/selection";
import { formats } from "@/lib/i18n/formats";
import arabic from "@/lib/i18n/messages/ar";
import english from "@/lib/i18n/messages/en";
import { mixedSelection as mixed } from "@/scripts/testing/sample-selection";

// the request's language, as next-intl's server functions would read it
const request = vi.hoisted(() => ({ language: "en" as "en" | "ar" }));
vi.mock("next-intl/server", () => {
  const locale = () => (request.language === "ar" ? "ar" : "en-GB");
  return {
    getLocale: async () => locale(),
    getMessages: async () => (request.language === "ar" ? arabic : english),
    getFormatter: async () => createFormatter({ locale: locale(), timeZone: "UTC", formats }),
  };
});

const { selectionInWords } = await import("./selection-in-words");

async function shown(
  language: "en" | "ar",
  selection: ExportSelection,
  names: { reportTitle?: string; entityName?: string } = {},
) {
  request.language = language;
  const words = await selectionInWords({
    selection,
    reportTitle: names.reportTitle ?? null,
    entityName: names.entityName ?? null,
  });
  return renderToStaticMarkup(<>{words}</>);
}

const names = { reportTitle: "Training abroad", entityName: "الصين" };

describe("the export page's selection in words", () => {
  it("names the filters, names marked as data, dates as the interface shows a day", async () => {
    expect(await shown("en", defaultExportSelection)).toBe("verdict verified");
    expect(await shown("en", mixed, names)).toBe(
      "verdict false or misleading, or no verdict and in review; report “<bdi>Training abroad</bdi>”; entity “<bdi>الصين</bdi>”; events from 1 Jan 2025 to 30 Jun 2025",
    );
    expect(await shown("en", { ...mixed, statuses: "all", from: null })).toBe(
      "every claim; report “<bdi>#3</bdi>”; entity “<bdi>#7</bdi>”; events up to 30 Jun 2025",
    );
  });

  it("says it in Arabic for an Arabic interface", async () => {
    expect(await shown("ar", mixed, names)).toBe(
      "الحكم خاطئ أو مضلِّل، أو بلا حكم والحالة قيد المراجعة؛ التقرير «<bdi>Training abroad</bdi>»؛ الكيان «<bdi>الصين</bdi>»؛ الأحداث من 1 يناير 2025 إلى 30 يونيو 2025",
    );
  });
});

describe("the page and the files", () => {
  it("say a selection in the same words, in each language (dates aside: the files write them ISO)", async () => {
    const undated = { ...mixed, from: null, to: null };
    for (const language of ["en", "ar"] as const) {
      const page = (await shown(language, undated, names)).replace(/<\/?bdi>/g, "");
      const file = describeSelection(
        undated,
        { report: names.reportTitle, entity: names.entityName },
        { language, digits: "western" },
      );
      expect(page, language).toBe(file);
    }
  });
});
