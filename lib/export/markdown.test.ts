import { describe, expect, it } from "vitest";
import type { ExportMeta } from "./export-meta";
import { escapeMarkdownInline, escapeMarkdownLine, markdownUrl, markdownWriter } from "./markdown";
import { englishReader } from "./reader";
import { sampleClaim } from "@/scripts/testing/sample-claim";
import { defaultExportSelection } from "./selection";

const meta: ExportMeta = {
  generatedAt: new Date("2026-11-22T14:03:00Z"),
  generatedBy: "Karim Nassar",
  organisation: "Example Fact Desk",
  selection: defaultExportSelection,
  reportTitle: null,
  entityName: null,
  description: "verdict verified",
  count: 3,
  reader: englishReader,
};

describe("the Markdown summary", () => {
  it("says when, by whom and for what, then a heading per report and a section per claim", () => {
    const writer = markdownWriter(meta);
    const other = { ...sampleClaim().report, id: 2, title: "Second report", url: null };
    const text =
      writer.open() +
      writer.write([sampleClaim(), sampleClaim({ id: 13 })]) +
      writer.write([sampleClaim({ id: 14, report: other })]) +
      writer.close();
    expect(text).toContain(
      "Exported 22 Nov 2026, 14:03 UTC by Karim Nassar (Example Fact Desk). Selection: verdict verified. 3 claims.",
    );
    expect(text.match(/^## /gm)).toHaveLength(2);
    expect(text).toContain(
      "## Training abroad\n\nAl-Quds Al-Arabi · published 2025-09-20 · <https://alquds.example/report>",
    );
    expect(text).toContain("### 2. Twenty-two trainees");
    expect(text).toContain(
      "## Second report\n\nAl-Quds Al-Arabi · published 2025-09-20\n\n### 1. ",
    );
    expect(text).toContain(
      "- **Verdict:** Verified. Two independent outlets and the ministry's own release agree. (Karim Nassar, 2026-11-20)",
    );
    expect(text).toContain(
      "- **Sourcing:** B2: usually reliable source, probably true; 3 reviewers, grades within one step",
    );
    expect(text).toContain(
      "  - Supports: [Ministry release](<https://ministry.example/release>) (Ministry)",
    );
    expect(text).toContain(
      "- **Contradicted by:**\n  - [#40 Only twelve trainees went.](<https://desk.example.org/claims/40>)",
    );
    expect(text).toContain(
      "- **Original quote** (ar):\n\n  > سافر ٢٢ متدربا إلى الصين في أيلول ٢٠٢٥",
    );
  });

  it("is written in the exporting editor's language, the claims' own words as they are", () => {
    const writer = markdownWriter({
      ...meta,
      description: "الحكم صحيح",
      reader: { language: "ar", digits: "western" },
    });
    // the record's words for codes come in the editor's language (./export-words.ts)
    const claim = sampleClaim();
    const recorded = sampleClaim({
      verdict: { ...claim.verdict!, label: "صحيح" },
      sourcing: {
        ...claim.sourcing,
        grade: "B2: مصدر موثوق عادةً، صحيحة على الأرجح",
        agreement: "3 مراجِعين",
      },
    });
    const text = writer.open() + writer.write([recorded]);
    expect(text).toMatch(/^# ملخّص الادعاءات\n\nصُدِّر في .+ بالتوقيت العالمي بواسطة Karim Nassar/);
    expect(text).toContain("الاختيار: الحكم صحيح. 3 ادعاءات.");
    expect(text).toContain("Al-Quds Al-Arabi · نُشر في 2025-09-20");
    expect(text).toContain(
      "- **الحكم:** صحيح. Two independent outlets and the ministry's own release agree. (Karim Nassar، 2026-11-20)",
    );
    expect(text).toContain("- **المصادر:** B2: مصدر موثوق عادةً، صحيحة على الأرجح؛ 3 مراجِعين");
    expect(text).toContain("  - يدعم: [Ministry release](<https://ministry.example/release>)");
    expect(text).toContain("- **الرابط الدائم:** <https://desk.example.org/claims/12>");
    expect(text).toContain("### 1. Twenty-two trainees travelled to China in September 2025.");
    // no English heading or label is left
    expect(text).not.toMatch(/\*\*(Verdict|Sourcing|Evidence|Permalink)/);
  });

  it("says so when nothing matches", () => {
    const writer = markdownWriter({ ...meta, count: 0 });
    expect(writer.open()).toContain("Nothing matches this selection.");
  });

  it("keeps text from the desk from becoming markup", () => {
    expect(escapeMarkdownInline("*bold* [x](javascript:alert(1)) <script>")).toBe(
      "\\*bold\\* \\[x\\](javascript:alert(1)) \\<script\\>",
    );
    expect(escapeMarkdownInline("two\nlines")).toBe("two lines");
    expect(escapeMarkdownLine("# heading")).toBe("\\# heading");
    expect(escapeMarkdownLine("1. item")).toBe("1\\. item");
    expect(escapeMarkdownLine("- item")).toBe("\\- item");
    expect(markdownUrl("https://x.example/a b>c")).toBe("<https://x.example/a%20b%3Ec>");
  });
});
