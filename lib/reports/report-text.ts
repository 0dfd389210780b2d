/**
 * The text of an imported report: what is stored, how big it may be, and how
 * a re-import of the same report is recognised. Pure (no database, no
 * `server-only`), so the import server action and the import-report script
 * share one set of rules.
 *
 * Normalisation is deliberately minimal. Claim quotes are exact substrings of
 * the stored text and anchors hold offsets into it, so the stored text keeps
 * every character the reviewer gave us: no Unicode normalisation, no
 * collapsing of inner whitespace, no "tidying" of Arabic. Only the line
 * endings, a byte order mark and the blank edges of the text are changed.
 * The content hash, by contrast, is computed on a canonical form, so the same
 * report pasted with different wrapping or trailing spaces counts as the same.
 */
import { createHash } from "node:crypto";
import { REPORT_MAX_BYTES, tooLargeValues } from "@/lib/reports/limits";
import { refusal, type Refusal } from "@/lib/reports/refusal";

// The limit and its message live in limits.ts, which the import form also
// loads in the browser; re-exported so server code needs only this module.
export { formatMegabytes, REPORT_MAX_BYTES, tooLargeValues } from "@/lib/reports/limits";

export type ReportTextCheck = { ok: true; text: string } | Refusal;

/**
 * The text as it will be stored: no leading byte order mark, LF line
 * endings, no blank lines before the first line and no whitespace after the
 * last. Everything in between is kept character for character.
 */
export function normaliseReportText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return (
    withoutBom
      .replace(/\r\n?/g, "\n")
      // trimEnd, not /\s+$/: the regex is quadratic on long whitespace runs.
      .trimEnd()
      .replace(/^(?:[^\S\n]*\n)+/, "")
  );
}

/**
 * SHA-256 (hex) of the report's canonical form: NFC, every run of whitespace
 * (line breaks included) as one space, trimmed. Used only to detect that a
 * report was imported before; never to locate text.
 */
export function reportContentHash(text: string): string {
  const canonical = text.normalize("NFC").replace(/\s+/gu, " ").trim();
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

// Characters that do not occur in real text but fill binary data: C0
// controls other than tab, line feed, vertical tab, form feed and carriage
// return (Word writes \v for a manual line break, pdftotext \f between
// pages), DEL, C1 controls, and the replacement character left where bytes
// could not be decoded.
const binaryFiller = /[\u0001-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g;

/** Share of such characters above which text is taken for binary data. */
const binaryFillerShare = 0.01;

/**
 * True when the text is most likely the content of a binary file: it holds a
 * NUL character, or more than 1% of it is control characters.
 */
export function looksLikeBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  if (text.length === 0) return false;
  const filler = text.match(binaryFiller)?.length ?? 0;
  return filler / text.length > binaryFillerShare;
}

/** Number of bytes the text takes in UTF-8, without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i += 1;
    } else bytes += 3; // BMP character, or a lone surrogate (encoded as U+FFFD)
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * Checks pasted (or decoded) report text and returns it normalised for
 * storage, or the reason it cannot be imported. The size is that of the
 * text as given, so the limit means the same for a paste and for a file.
 */
export function checkReportText(text: string): ReportTextCheck {
  const bytes = utf8ByteLength(text);
  if (bytes > REPORT_MAX_BYTES) return refusal("tooLarge", tooLargeValues("report", bytes));
  const normalised = normaliseReportText(text);
  if (normalised.trim() === "") return refusal("empty");
  if (looksLikeBinary(normalised)) return refusal("binaryText");
  return { ok: true, text: normalised };
}
