import { describe, expect, it } from "vitest";
import { htmlNestingDepth } from "@/lib/web/html-nesting";
import { acceptedReportFileTypes, reportFileAccept, textFromReportFile } from "./file-text";
import { REPORT_MAX_BYTES } from "./report-text";

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, endian === "le");
  for (let i = 0; i < text.length; i += 1) {
    view.setUint16(2 + i * 2, text.charCodeAt(i), endian === "le");
  }
  return bytes;
}

/** Deterministic pseudo-random bytes (a linear congruential generator). */
function randomBytes(length: number, seed = 42): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    bytes[i] = state >>> 16;
  }
  return bytes;
}

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

function readText(name: string, bytes: Uint8Array) {
  const result = textFromReportFile(name, bytes);
  if (!result.ok) throw new Error(`expected ${name} to be read, got: ${result.reason}`);
  return result;
}

function refusal(name: string, bytes: Uint8Array): string {
  const result = textFromReportFile(name, bytes);
  if (result.ok) throw new Error(`expected ${name} to be refused, got text: ${result.text}`);
  return result.reason;
}

const notText =
  /^This file is not text \(it looks like .+\)\. Upload a \.txt, \.md or \.html file\.$/;

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

describe("HTML", () => {
  const hostile = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>  Leaked   document &amp; the\ntruth  </title>
  <style>body { color: red } .secret::after { content: "STYLE-TEXT" }</style>
  <script>alert("HEAD-SCRIPT")</script>
  <link rel="stylesheet" href="https://evil.example/LINK-URL.css">
</head>
<body onload="alert('ONLOAD')">
  <h1>Visible heading</h1>
  <p>First paragraph with <b>bold</b> and <i>italic</i>.<script>alert(1)</script></p>
  <p>Image here: <img src="x.png" onerror="alert('ONERROR')" alt="IMG-ALT-NOISE"> then text.</p>
  <p><a href="javascript:alert('JS-LINK')">a scripted link</a> and
     <a href="https://example.com/LINK-TARGET">an ordinary link</a>.</p>
  <noscript>NOSCRIPT-TEXT</noscript>
  <template><p>TEMPLATE-TEXT</p></template>
  <iframe src="https://evil.example/IFRAME-SRC">IFRAME-TEXT</iframe>
  <object data="x.swf">OBJECT-TEXT</object><embed src="EMBED-SRC">
  <svg><script>alert("SVG-SCRIPT")</script><text>SVG-TEXT</text></svg>
  <canvas>CANVAS-TEXT</canvas>
  <div hidden>HIDDEN-TEXT</div><span style="display: none">DISPLAY-NONE-TEXT</span>
  <button onclick="steal()">BUTTON-TEXT</button>
  <!-- COMMENT-TEXT -->
  <p>Entities: AT&amp;T &lt;not a tag&gt; &quot;quoted&quot; &#x627;&#x644;&#x62E;&#x628;&#x631; 5&nbsp;km</p>
  <SCRIPT type="text/javascript">document.write("UPPER-SCRIPT")</SCRIPT>
  <style media="print">STYLE-BODY</style>
</body>
</html>`;

  const result = readText("page.html", utf8(hostile));

  it("drops scripts, styles, embedded content, hidden elements, URLs and alt text", () => {
    for (const fragment of [
      "alert",
      "SCRIPT",
      "STYLE",
      "color: red",
      "ONLOAD",
      "ONERROR",
      "onerror",
      "IMG-ALT-NOISE",
      "x.png",
      "javascript",
      "JS-LINK",
      "LINK-TARGET",
      "LINK-URL",
      "NOSCRIPT",
      "TEMPLATE",
      "IFRAME",
      "OBJECT",
      "EMBED",
      "SVG",
      "CANVAS",
      "HIDDEN",
      "DISPLAY-NONE",
      "BUTTON",
      "steal",
      "COMMENT",
      "http",
      "Leaked",
    ]) {
      expect(result.text, fragment).not.toContain(fragment);
    }
    // The only "<" left is the escaped text "&lt;not a tag&gt;".
    expect(result.text.replace("<not a tag>", "")).not.toContain("<");
  });

  it("keeps the visible text, each block on its own line", () => {
    expect(result.text.split("\n").filter((line) => line.trim() !== "")).toEqual([
      "Visible heading",
      "First paragraph with bold and italic.",
      "Image here: then text.",
      "a scripted link and an ordinary link.",
      'Entities: AT&T <not a tag> "quoted" الخبر 5\u00a0km',
    ]);
  });

  it("suggests the page title, entities decoded and whitespace collapsed", () => {
    expect(result.format).toBe("html");
    expect(result.suggestedTitle).toBe("Leaked document & the truth");
  });

  it("has no suggested title when the page has none", () => {
    expect(readText("page.html", utf8("<p>text</p>")).suggestedTitle).toBeNull();
    expect(readText("page.html", utf8("<title> </title><p>text</p>")).suggestedTitle).toBeNull();
  });

  it("keeps right-to-left Arabic paragraphs on separate lines", () => {
    const page = `<html dir="rtl" lang="ar"><body>
      <p dir="rtl">توصلت بكين وكابل إلى اتفاق.</p><p dir="rtl">وفقا لما أورده موقع "نيزافيسيمايا غازيتا" الروسي.</p>
      <div dir="rtl">في الثالث عشر من سبتمبر/ أيلول 2025<br>أعدت وزارة الدفاع وثيقة سرية</div>
    </body></html>`;
    const lines = readText("page.html", utf8(page))
      .text.split("\n")
      .filter((line) => line !== "");
    expect(lines).toEqual([
      "توصلت بكين وكابل إلى اتفاق.",
      'وفقا لما أورده موقع "نيزافيسيمايا غازيتا" الروسي.',
      "في الثالث عشر من سبتمبر/ أيلول 2025",
      "أعدت وزارة الدفاع وثيقة سرية",
    ]);
  });

  it("puts list items, headings and line breaks on their own lines, without wrapping", () => {
    const longSentence = "word ".repeat(60).trim();
    const page = `<h2>Findings</h2><ul><li>first item</li><li>second item</li></ul>
      <ol><li>step one</li><li>step two</li></ol><p>${longSentence}</p><p>line one<br>line two</p>`;
    const lines = readText("page.html", utf8(page))
      .text.split("\n")
      .filter((line) => line !== "");
    expect(lines).toEqual([
      "Findings",
      "- first item",
      "- second item",
      " 1. step one",
      " 2. step two",
      longSentence,
      "line one",
      "line two",
    ]);
  });

  it("writes a table one row per line, cells separated by a bar", () => {
    const page = `<table><caption>Casualties</caption>
      <thead><tr><th>Source</th> <th>Killed</th></tr></thead>
      <tbody><tr><td>Pentagon</td><td>13</td></tr>
      <tr>
        <td>Linked headline</td>
        <td>12</td>
      </tr></tbody></table>`;
    const lines = readText("page.html", utf8(page))
      .text.split("\n")
      .filter((line) => line !== "");
    expect(lines).toEqual([
      "Casualties",
      "Source | Killed",
      "Pentagon | 13",
      "Linked headline | 12",
    ]);
  });

  it("reads a fragment with no html or body element", () => {
    expect(readText("snippet.htm", utf8("<p>one</p>two")).text).toBe("one\n\ntwo");
  });

  it("refuses a page whose only content is scripts and styles", () => {
    const page =
      "<html><head><title>Empty</title><style>p{}</style></head><body><script>alert(1)</script> </body></html>";
    expect(refusal("page.html", utf8(page))).toBe("The report has no text.");
  });

  it.each([
    ["nested divs", "<div>", 100_000],
    ["unclosed inline tags", "<b>", 600_000],
    ['"self-closed" divs, which HTML does not close', "<div/>", 300_000],
    ["list items inside paragraphs", "<li><p>", 200_000],
  ])("refuses %s nested too deeply, quickly and with a clear message", (_label, tag, count) => {
    const started = performance.now();
    expect(refusal("page.html", utf8(`${tag.repeat(count)}text`))).toMatch(
      /^This HTML file is nested too deeply to read\./,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("does not count elements that close themselves or are closed implicitly", () => {
    const flat = [
      "<p>para".repeat(5000),
      "<ul>",
      "<li>item".repeat(5000),
      "</ul><table>",
      "<tr><td>a<td>b".repeat(5000),
      "</table><br><img src=x><hr>".repeat(5000),
      "<svg>",
      '<path d="M0 0"/>'.repeat(5000),
      "</svg>",
      '<script>"<div><div><div>"</script>'.repeat(2000),
    ].join("");
    expect(htmlNestingDepth(flat)).toBeLessThan(10);
    expect(readText("page.html", utf8(flat)).text).toContain("para");
  });

  it("measures nesting the way the parser builds it", () => {
    expect(htmlNestingDepth("<div><p><b>x</b></p></div>")).toBe(3);
    expect(htmlNestingDepth("<div><div></div></div><div></div>")).toBe(2);
    expect(htmlNestingDepth("<b><i>x</b></i>")).toBe(2);
    expect(htmlNestingDepth('<div title="</div>"><div>x')).toBe(2);
  });

  it("reduces a 2 MB page in well under two seconds", () => {
    const paragraph =
      '<div class="c" dir="rtl"><p style="color:red">نص عربي <b>مع</b> <a href="/x">رابط</a> و<img src="i.png" alt="صورة"></p><script>var x = 1;</script></div>\n';
    const page = `<html><body>${paragraph.repeat(Math.floor(REPORT_MAX_BYTES / utf8(paragraph).length))}</body></html>`;
    const bytes = utf8(page);
    expect(bytes.length).toBeLessThanOrEqual(REPORT_MAX_BYTES);
    expect(bytes.length).toBeGreaterThan(REPORT_MAX_BYTES * 0.95);

    const started = performance.now();
    const text = readText("big.html", bytes).text;
    const elapsed = performance.now() - started;

    expect(text.startsWith("نص عربي مع رابط و")).toBe(true);
    expect(text).not.toContain("var x");
    expect(elapsed).toBeLessThan(2000);
  });
});
