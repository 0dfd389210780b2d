import { describe, expect, it } from "vitest";
import { htmlNestingDepth } from "@/lib/web/html-nesting";
import { REPORT_MAX_BYTES } from "./report-text";
import { utf8, readText, refusal } from "@/scripts/testing/report-files";

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
