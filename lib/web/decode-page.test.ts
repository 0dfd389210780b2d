import { describe, expect, it } from "vitest";
import { arabicParagraphs } from "@/scripts/testing/web-fixture-pages";
import { encodeWindows1256 } from "@/scripts/testing/web-fixtures";
import { decodePage } from "./decode-page";

const arabic = arabicParagraphs.join("\n");
const page1256 = (head = "") =>
  Buffer.concat([
    Buffer.from(`<html><head>${head}</head><body><p>`),
    encodeWindows1256(arabic),
    Buffer.from("</p></body></html>"),
  ]);

describe("the order of the clues", () => {
  it("trusts a byte order mark over everything", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<p>${arabic}</p>`)]);
    const decoded = decodePage(bytes, { headerCharset: "windows-1256", html: true });
    expect(decoded).toMatchObject({ encoding: "utf-8", decidedBy: "byte order mark" });
    expect(decoded.text).toContain(arabic);
  });

  it("honours the header's charset over the page's <meta>", () => {
    const decoded = decodePage(page1256('<meta charset="utf-8">'), {
      headerCharset: "windows-1256",
      html: true,
    });
    expect(decoded).toMatchObject({ encoding: "windows-1256", decidedBy: "header" });
    expect(decoded.text).toContain(arabic);
  });

  it("reads <meta charset> and the http-equiv form", () => {
    for (const meta of [
      '<meta charset="windows-1256">',
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">',
    ]) {
      const decoded = decodePage(page1256(meta), { html: true });
      expect(decoded.decidedBy).toBe("meta");
      expect(decoded.text).toContain(arabic);
    }
  });

  it("passes over a label it does not know to the next clue", () => {
    const decoded = decodePage(page1256('<meta charset="windows-1256">'), {
      headerCharset: "no-such-charset",
      html: true,
    });
    expect(decoded.decidedBy).toBe("meta");
  });

  it("takes valid UTF-8 as UTF-8", () => {
    const decoded = decodePage(Buffer.from(`<p>${arabic}</p>`), { html: true });
    expect(decoded).toMatchObject({ encoding: "utf-8", decidedBy: "valid utf-8" });
  });

  it("detects windows-1256 Arabic that nothing declares", () => {
    const decoded = decodePage(page1256(), { html: true });
    expect(decoded).toMatchObject({ encoding: "windows-1256", decidedBy: "detected" });
    expect(decoded.text).toContain(arabic);
  });

  it("reads a page that calls itself UTF-16 in ASCII as UTF-8, as browsers do", () => {
    const decoded = decodePage(Buffer.from(`<meta charset="utf-16"><p>${arabic}</p>`), {
      html: true,
    });
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text).toContain(arabic);
  });

  it("does not look for <meta> in plain text", () => {
    const decoded = decodePage(Buffer.from('<meta charset="windows-1256"> نص'), { html: false });
    expect(decoded.decidedBy).toBe("valid utf-8");
  });
});
