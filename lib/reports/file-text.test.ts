import { describe, expect, it } from "vitest";
import { acceptedReportFileTypes, reportFileAccept } from "./file-text";
import { REPORT_MAX_BYTES } from "./report-text";
import {
  utf8,
  utf16,
  randomBytes,
  concat,
  readText,
  refusal,
  notText,
} from "@/scripts/testing/report-files";

describe("accepted file types", () => {
  it("lists the extensions and the MIME types for the file input", () => {
    expect(acceptedReportFileTypes).toEqual([".txt", ".md", ".markdown", ".html", ".htm"]);
    expect(reportFileAccept).toBe(
      ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html",
    );
  });

  it("refuses other extensions, naming the accepted ones", () => {
    for (const name of ["report.docx", "report.pdf", "report", "report.txt.exe"]) {
      expect(refusal(name, utf8("text"))).toMatch(
        /only \.txt, \.md, \.markdown, \.html and \.htm files can/,
      );
    }
  });

  it("reads extensions whatever their case", () => {
    expect(readText("REPORT.TXT", utf8("نص")).format).toBe("text");
    expect(readText("Report.Md", utf8("نص")).format).toBe("markdown");
    expect(readText("page.HTM", utf8("<p>نص</p>")).format).toBe("html");
  });
});

describe("file size", () => {
  // One 10 MB buffer for every size test.
  const tenMegabytes = new Uint8Array(10 * 1024 * 1024).fill(0x61);
  const sizeReason =
    "The file is 10.0 MB; the limit is 2 MB. Split it or import the relevant part.";

  it("refuses a 10 MB file with its size", () => {
    expect(refusal("report.txt", tenMegabytes)).toBe(sizeReason);
  });

  it("checks the size before the type or the content", () => {
    expect(refusal("report.docx", tenMegabytes)).toBe(sizeReason);
    expect(refusal("report.txt", tenMegabytes.subarray(0).fill(0))).toBe(sizeReason);
    tenMegabytes.fill(0x61);
  });

  it("accepts a file of exactly the limit and refuses one byte more", () => {
    expect(readText("report.txt", tenMegabytes.subarray(0, REPORT_MAX_BYTES)).text).toHaveLength(
      REPORT_MAX_BYTES,
    );
    expect(refusal("report.txt", tenMegabytes.subarray(0, REPORT_MAX_BYTES + 1))).toMatch(
      /^The file is 2\.1 MB; the limit is 2 MB\./,
    );
  });
});

describe("plain text and Markdown", () => {
  it("refuses an empty or blank file", () => {
    expect(refusal("report.txt", new Uint8Array())).toBe("The report has no text.");
    expect(refusal("report.txt", utf8(" \r\n\t\n"))).toBe("The report has no text.");
    expect(refusal("report.md", utf8("\ufeff\n\n"))).toBe("The report has no text.");
  });

  it("drops a UTF-8 byte order mark and normalises line endings", () => {
    const result = readText(
      "report.txt",
      concat([0xef, 0xbb, 0xbf], utf8("سطر أول\r\nسطر ثان\r\n")),
    );
    expect(result).toEqual({
      ok: true,
      text: "سطر أول\nسطر ثان",
      format: "text",
      suggestedTitle: null,
      page: null,
    });
  });

  it.each(["le", "be"] as const)("reads UTF-16 %s with a byte order mark", (endian) => {
    const result = readText("report.txt", utf16("قال المتحدث\r\nإن 13 جنديا قتلوا", endian));
    expect(result.text).toBe("قال المتحدث\nإن 13 جنديا قتلوا");
  });

  it("keeps Markdown as written and suggests its first heading as the title", () => {
    const markdown =
      "# تقرير عن *الاتفاق*\n\nقال **المتحدث** إن [الاتفاق](https://example.com) وقع.";
    expect(readText("report.md", utf8(markdown))).toEqual({
      ok: true,
      text: markdown,
      format: "markdown",
      suggestedTitle: "تقرير عن *الاتفاق*",
      page: null,
    });
  });

  it.each([
    ["# Title #", "Title"],
    ["   #\tIndented title  ##  ", "Indented title"],
    ["## Second level\n\n# First level", "First level"],
    ["    # Code block, not a heading", null],
    ["#hashtag", null],
    ["No heading at all", null],
  ])("suggests a title for Markdown %j: %j", (markdown, title) => {
    expect(readText("report.md", utf8(markdown)).suggestedTitle).toBe(title);
  });

  it("finds no title quickly in a long line of spaces", () => {
    const started = performance.now();
    const result = readText("report.md", utf8(`# a${" ".repeat(1_000_000)}b`));
    expect(result.suggestedTitle).toMatch(/^a +b$/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("keeps the characters of a report exactly, no-break spaces and all", () => {
    const text = "أكد\u00a0الوزير «الخبر» في ٢٠٢٦/٠٧/٠٣ — e\u0301";
    expect(readText("report.txt", utf8(text)).text).toBe(text);
  });
});

describe("binary files renamed .txt", () => {
  const png = concat(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    [0, 0, 0, 0x0d],
    utf8("IHDR"),
  );
  const zip = concat([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0], utf8("word/document.xml"));
  const asciiPdf = utf8("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n");

  it.each([
    ["a PNG header", png, "a PNG image"],
    ["a ZIP header", zip, "a ZIP archive"],
    ["an all-ASCII PDF", asciiPdf, "a PDF document"],
    ["a JPEG header", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "a JPEG image"],
  ])("refuses %s, naming what it looks like", (_label, bytes, kind) => {
    const reason = refusal("report.txt", bytes);
    expect(reason).toMatch(notText);
    expect(reason).toContain(kind);
  });

  it.each([1, 2, 3, 7, 99])("refuses random bytes (seed %i)", (seed) => {
    expect(refusal("report.txt", randomBytes(4096, seed))).toMatch(notText);
  });

  it("refuses valid UTF-8 that holds NUL or many control characters", () => {
    expect(refusal("report.txt", utf8("text\u0000text"))).toMatch(notText);
    expect(refusal("report.md", utf8("a\u0001b\u0002c\u0003d\u0004".repeat(50)))).toMatch(notText);
  });

  it("refuses UTF-16 without a byte order mark as binary (it is full of NUL bytes)", () => {
    expect(refusal("report.txt", utf16("plain text", "le").subarray(2))).toMatch(notText);
  });

  it("refuses an HTML-named binary file too", () => {
    expect(refusal("page.html", png)).toMatch(notText);
  });
});

describe("text in a legacy encoding", () => {
  // "العربية" in Windows-1256.
  const arabic1256 = [0xc7, 0xe1, 0xda, 0xd1, 0xc8, 0xed, 0xc9];

  it("asks for UTF-8 rather than calling the file binary", () => {
    const reason = refusal("report.txt", concat(arabic1256, utf8(" text\r\n")));
    expect(reason).toMatch(/^This file is not UTF-8 text/);
    expect(reason).toContain("Save it with the UTF-8 encoding");
  });

  it("reads an HTML page in the charset it declares, as a browser does", () => {
    const page = concat(
      utf8(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">',
      ),
      utf8("</head><body><p>"),
      arabic1256,
      utf8("</p></body></html>"),
    );
    expect(readText("page.html", page).text).toBe("العربية");
  });
});
