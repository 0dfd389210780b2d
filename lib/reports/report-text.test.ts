import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { demoClaims } from "@/scripts/demo/claims";
import { demoReports } from "@/scripts/demo/reports";
import {
  checkReportText,
  formatMegabytes,
  looksLikeBinary,
  normaliseReportText,
  REPORT_MAX_BYTES,
  reportContentHash,
  utf8ByteLength,
} from "./report-text";

const reportsDir = path.resolve(__dirname, "../../../shared/reports");
// the report files sit beside the repository, not in it: a clone elsewhere skips these tests
const haveReports = demoReports.every((report) =>
  fs.existsSync(path.join(reportsDir, report.file)),
);

describe("normaliseReportText", () => {
  it("drops a leading byte order mark", () => {
    expect(normaliseReportText("\ufeffنص التقرير")).toBe("نص التقرير");
  });

  it("turns CRLF and lone CR line endings into LF", () => {
    expect(normaliseReportText("one\r\ntwo\rthree\nfour")).toBe("one\ntwo\nthree\nfour");
  });

  it("drops blank lines before the text and whitespace after it", () => {
    expect(normaliseReportText("\n \t\n\r\n  first line\nlast line \t\n\n")).toBe(
      "  first line\nlast line",
    );
  });

  it("keeps everything in between character for character", () => {
    const inner = "a  b\u00a0c\t\td\n\n\nقال\u200fالوزير ٢٠٢٦ e\u0301 \u201cquoted\u201d  ";
    expect(normaliseReportText(`${inner}x`)).toBe(`${inner}x`);
  });

  it("does not apply Unicode normalisation", () => {
    const decomposed = "cafe\u0301";
    expect(normaliseReportText(decomposed)).toBe(decomposed);
  });

  it("is idempotent", () => {
    const once = normaliseReportText("\ufeff\r\n\r\ntext\r\nmore  \r\n");
    expect(normaliseReportText(once)).toBe(once);
  });

  it("is fast on long whitespace runs", () => {
    const spaces = " ".repeat(1_000_000);
    const started = performance.now();
    normaliseReportText(`${spaces}x${spaces}y${spaces}`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe.skipIf(!haveReports)("normaliseReportText on the demo report files", () => {
  // read when the tests run: a skipped describe's body is still run to collect its tests
  let normalised = new Map<string, string>();
  beforeAll(() => {
    normalised = new Map(
      demoReports.map((report) => [
        report.key,
        normaliseReportText(fs.readFileSync(path.join(reportsDir, report.file), "utf8")),
      ]),
    );
  });

  it.each(demoClaims.map((claim) => [claim.key, claim] as const))(
    "keeps the quote of claim %s an exact substring",
    (_key, claim) => {
      expect(normalised.get(claim.reportKey)).toContain(claim.quote);
    },
  );

  it("accepts every demo report with checkReportText, unchanged but for its edges", () => {
    for (const report of demoReports) {
      const raw = fs.readFileSync(path.join(reportsDir, report.file), "utf8");
      const checked = checkReportText(raw);
      expect(checked, report.file).toEqual({ ok: true, text: normalised.get(report.key) });
      expect(raw, report.file).toContain(normalised.get(report.key));
    }
  });
});

describe("reportContentHash", () => {
  const report = "قال المتحدث إن 13 جنديا قتلوا.\nوأضاف أن التحقيق مستمر.";

  it("is a SHA-256 hex digest", () => {
    expect(reportContentHash(report)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is the same for the same report wrapped differently, with other spacing", () => {
    const rewrapped = "\ufeff  قال المتحدث إن 13\r\nجنديا   قتلوا. وأضاف\tأن\nالتحقيق مستمر.  \n\n";
    expect(reportContentHash(rewrapped)).toBe(reportContentHash(report));
  });

  it("is the same for composed and decomposed forms of a character", () => {
    expect(reportContentHash("caf\u00e9 report")).toBe(reportContentHash("cafe\u0301 report"));
  });

  it("differs when a word or a number differs", () => {
    expect(reportContentHash(report.replace("13", "12"))).not.toBe(reportContentHash(report));
    expect(reportContentHash(report.replace("قال", "أكد"))).not.toBe(reportContentHash(report));
  });

  it("differs when words are joined or split", () => {
    expect(reportContentHash("in to")).not.toBe(reportContentHash("into"));
  });
});

describe("utf8ByteLength", () => {
  it.each([
    ["", 0],
    ["plain ASCII", 11],
    ["عربي", 8],
    ["€", 3],
    ["😀", 4],
    ["a\ud800b", 5], // a lone surrogate is written as U+FFFD
  ])("measures %j as %i bytes", (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
    expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, "utf8"));
  });
});

describe("formatMegabytes", () => {
  it("shows one decimal, rounded up so that a size over the limit never reads as the limit", () => {
    expect(formatMegabytes(10 * 1024 * 1024)).toBe("10.0 MB");
    expect(formatMegabytes(REPORT_MAX_BYTES + 1)).toBe("2.1 MB");
    expect(formatMegabytes(1536 * 1024)).toBe("1.5 MB");
  });
});

describe("looksLikeBinary", () => {
  it("is true for any NUL character", () => {
    expect(looksLikeBinary(`${"text ".repeat(1000)}\u0000`)).toBe(true);
  });

  it("is true for text full of control and replacement characters", () => {
    expect(looksLikeBinary("PNG\u001a\u0001\u0002\ufffd\ufffdIHDR\u0004\u0005")).toBe(true);
  });

  it("allows tabs, line breaks, form feeds and vertical tabs", () => {
    expect(looksLikeBinary("page one\tcell\n\fpage two\vline\r\n")).toBe(false);
  });

  it("allows a stray control character in a long text", () => {
    expect(looksLikeBinary(`${"word ".repeat(100)}\u0007${"word ".repeat(100)}`)).toBe(false);
  });
});

describe("checkReportText", () => {
  it("returns the normalised text", () => {
    expect(checkReportText("\ufeff\r\nنص\r\n")).toEqual({ ok: true, text: "نص" });
  });

  it.each([
    ["empty", ""],
    ["whitespace only", " \n\t\r\n\u00a0 "],
    ["a byte order mark only", "\ufeff"],
  ])("refuses %s text", (_label, text) => {
    expect(checkReportText(text)).toMatchObject({ ok: false, reason: "The report has no text." });
  });

  it("refuses text over the limit, saying how big it is", () => {
    expect(checkReportText("a".repeat(10 * 1024 * 1024))).toMatchObject({
      ok: false,
      key: "tooLarge",
      reason: "The report is 10.0 MB; the limit is 2 MB. Split it or import the relevant part.",
    });
  });

  it("measures the limit in UTF-8 bytes, not characters", () => {
    const atLimit = "ع".repeat(REPORT_MAX_BYTES / 2);
    expect(checkReportText(atLimit).ok).toBe(true);
    const overLimit = `${atLimit}a`;
    expect(overLimit.length).toBeLessThan(REPORT_MAX_BYTES);
    const checked = checkReportText(overLimit);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.reason).toMatch(/^The report is 2\.1 MB; the limit is 2 MB\./);
  });

  it("refuses text with a NUL character", () => {
    const checked = checkReportText("looks like text\u0000but is not");
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.reason).toMatch(/looks like the content of a binary file/);
  });

  it("refuses binary data pasted as text", () => {
    const pasted = "\u0089PNG\r\n\u001a\n\ufffd\ufffd\u0004IHDR\u0001\u0002\u0003".repeat(20);
    expect(checkReportText(pasted).ok).toBe(false);
  });
});
