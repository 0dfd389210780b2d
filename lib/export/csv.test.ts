import { describe, expect, it } from "vitest";
import type { ExportClaim } from "./claim-record";
import { csvColumns, csvHeader, csvRows, neutraliseFormula } from "./csv";
import { parseCsv } from "@/scripts/testing/rfc4180";
import { sampleClaim } from "@/scripts/testing/sample-claim";

const leads = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"];
const named = (lead: string) => JSON.stringify(lead);

/** A claim whose every piece of text (nested ones too) starts with `lead`. */
function poisoned(lead: string): ExportClaim {
  const text = (value: string) => `${lead}${value}`;
  const base = sampleClaim();
  return {
    ...base,
    permalink: text(base.permalink),
    statement: text('HYPERLINK("http://evil.example","click")'),
    quote: { text: text("cmd|' /C calc'!A0"), language: text("ar") },
    attribution: text("SUM(1,2)"),
    eventDate: { date: text("2025-09-13"), precision: "day", label: "13 Sep 2025" },
    verdict: {
      ...base.verdict!,
      rationale: text("1+1"),
      decidedAt: text(base.verdict!.decidedAt),
      decidedBy: text("Karim"),
    },
    sourcing: { ...base.sourcing, grade: text("B2 wording"), agreement: text("agreement") },
    evidence: [{ ...base.evidence[0]!, title: text("title"), outlet: text("outlet") }],
    contradictedBy: [{ ...base.contradictedBy[0]!, statement: text("other") }],
    entities: [{ id: 1, name: text("entity"), kind: "place" }],
    // a source named "=HYPERLINK(…)" on the spot reaches the CSV like any other text
    sources: [{ id: 2, name: text("source"), kind: "person" }],
    report: {
      id: 1,
      title: text("report"),
      outlet: text("outlet"),
      url: text("https://x.example"),
      publishedOn: text("2025-09-20"),
    },
  };
}

/** The data row of a one-claim CSV, parsed. */
function parsedRow(claim: ExportClaim): string[] {
  const records = parseCsv(csvHeader().slice(1) + csvRows([claim]));
  expect(records).toHaveLength(2); // the header and the row (the last CRLF ends it)
  return records[1]!;
}

describe("neutraliseFormula", () => {
  it.each(leads.map((lead) => [named(lead), lead]))(
    "prefixes a cell starting with %s with a single quote",
    (_, lead) => {
      expect(neutraliseFormula(`${lead}1+1`)).toBe(`'${lead}1+1`);
    },
  );

  it("leaves ordinary text, Arabic and inner signs alone", () => {
    for (const text of ["Verified", "سافر ٢٢ متدربا", "a=b", "1-2", "", "'already quoted"]) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });

  it("neutralises Arabic text that starts with a formula sign", () => {
    expect(neutraliseFormula("=سافر")).toBe("'=سافر");
    expect(neutraliseFormula("-٢٢ متدربا")).toBe("'-٢٢ متدربا");
  });
});

describe("the CSV export", () => {
  it("names the claim's sources and their kinds", () => {
    const row = parsedRow(
      sampleClaim({
        sources: [
          { id: 1, name: "Nezavisimaya Gazeta", kind: "outlet" },
          { id: 2, name: "وثيقة مسربة", kind: "document" },
        ],
      }),
    );
    const cell = (header: string) => row[csvColumns.findIndex((c) => c.header === header)];
    expect(cell("sources")).toBe("Nezavisimaya Gazeta; وثيقة مسربة");
    expect(cell("source_kinds")).toBe("outlet; document");
  });

  it("starts with a UTF-8 byte-order mark and the header, CRLF-terminated", () => {
    const header = csvHeader();
    expect(header.charCodeAt(0)).toBe(0xfeff);
    expect(header.endsWith("\r\n")).toBe(true);
    expect(parseCsv(header.slice(1))[0]).toEqual(csvColumns.map((c) => c.header));
  });

  it.each(leads.map((lead) => [named(lead), lead]))(
    "neutralises every field that starts with %s",
    (_, lead) => {
      const claim = poisoned(lead);
      const row = parsedRow(claim);
      expect(row).toHaveLength(csvColumns.length);
      let neutralised = 0;
      csvColumns.forEach((column, i) => {
        const raw = column.value(claim);
        const cell = row[i]!;
        expect(leads.includes(cell[0] ?? ""), `${column.header}: ${named(cell)}`).toBe(false);
        if (typeof raw === "string" && raw.startsWith(lead)) {
          expect(cell, column.header).toBe(`'${raw}`);
          neutralised += 1;
        } else {
          expect(cell, column.header).toBe(raw === null ? "" : String(raw));
        }
      });
      // every column that carries text someone typed began with the sign
      const typed = [
        "permalink",
        "statement",
        "verdict_rationale",
        "verdict_decided_at",
        "verdict_decided_by",
        "consensus_grade",
        "consensus_wording",
        "agreement",
        "quote",
        "quote_language",
        "attribution",
        "sources",
        "event_date",
        "entities",
        "report_title",
        "report_outlet",
        "report_published_on",
        "report_url",
      ];
      expect(neutralised).toBe(typed.length);
    },
  );

  it("keeps Arabic, quotes, commas and line breaks intact through RFC 4180 quoting", () => {
    const claim = sampleClaim({
      statement: 'He said "twenty-two", not twelve,\nand left.',
      quote: { text: 'قال: "اثنان وعشرون"،\r\nثم غادر', language: "ar" },
    });
    const row = parsedRow(claim);
    const at = (header: string) => row[csvColumns.findIndex((c) => c.header === header)];
    expect(at("statement")).toBe('He said "twenty-two", not twelve,\nand left.');
    expect(at("quote")).toBe('قال: "اثنان وعشرون"،\r\nثم غادر');
    expect(at("evidence")).toBe("supports: Ministry release <https://ministry.example/release>");
    expect(at("consensus_grade")).toBe("B2");
    expect(at("verdict")).toBe("verified");
  });

  it("quotes a cell whose only special character is a line break", () => {
    const base = sampleClaim();
    const second = { ...base.evidence[0]!, stance: "context" as const, title: "Second" };
    const claim = sampleClaim({ evidence: [base.evidence[0]!, second], attribution: "one\rtwo" });
    const row = parsedRow(claim);
    const at = (header: string) => row[csvColumns.findIndex((c) => c.header === header)];
    expect(at("evidence")).toBe(
      "supports: Ministry release <https://ministry.example/release>\ncontext: Second <https://ministry.example/release>",
    );
    expect(at("attribution")).toBe("one\rtwo");
  });

  it("writes nothing for an empty batch", () => {
    expect(csvRows([])).toBe("");
  });
});
