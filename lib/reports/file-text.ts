/**
 * Turns an uploaded report file (.txt, .md, .html) into report text. Pure,
 * like report-text.ts, so the import form's server action and the
 * import-report script read files the same way.
 *
 * The bytes are refused before any decoding when they are too large or are
 * plainly not text (a PDF, image or archive renamed .txt). HTML goes through
 * the same decoding and article extraction as a page fetched from a link
 * (lib/web/): its article's text, or all its visible text when it is no
 * article, with no markup, scripts or URLs left, so the stored text is inert
 * wherever it is shown. Markdown is kept as written: its syntax reads fine
 * as text and quotes must match what the reviewer sees in the file.
 */
import { acceptedReportFileTypes } from "@/lib/reports/file-types";
import { REPORT_MAX_BYTES, tooLargeValues } from "@/lib/reports/limits";
import { refusal, type Refusal } from "@/lib/reports/refusal";
import { checkReportText, looksLikeBinary } from "@/lib/reports/report-text";
import { decodePage, decodeStrict } from "@/lib/web/decode-page";
import { extractArticle } from "@/lib/web/extract-article";
import type { PageMetadata } from "@/lib/web/page-metadata";

// The accepted types live in file-types.ts, which the upload form loads in
// the browser; re-exported so server code needs only this module.
export { acceptedReportFileTypes, reportFileAccept } from "@/lib/reports/file-types";

export type ReportFileFormat = "text" | "markdown" | "html";

export type ReportFileText =
  | {
      ok: true;
      text: string;
      format: ReportFileFormat;
      /** The HTML page's title or the Markdown file's first `# heading`, to prefill the title. */
      suggestedTitle: string | null;
      /** what an HTML page says about itself (null for text and Markdown) */
      page: PageMetadata | null;
    }
  | Refusal;

const formatByExtension: Record<(typeof acceptedReportFileTypes)[number], ReportFileFormat> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

/** Reads an uploaded report file; see the module comment for what is refused. */
export function textFromReportFile(name: string, bytes: Uint8Array): ReportFileText {
  if (bytes.byteLength > REPORT_MAX_BYTES) {
    return refusal("tooLarge", tooLargeValues("file", bytes.byteLength));
  }
  const format = formatFromName(name);
  if (format === null) {
    return refusal("fileType", { name, types: listOfTypes() });
  }
  const decoded = decodeReportBytes(bytes, format);
  if (!decoded.ok) return decoded;

  if (format === "html") {
    const article = extractArticle(decoded.text);
    if (!article.ok) return refusal("nestedTooDeeply");
    const checked = checkReportText(article.text);
    if (!checked.ok) return checked;
    const { ok: _ok, text: _text, documentTitle, extractedFrom: _from, ...page } = article;
    return { ok: true, text: checked.text, format, suggestedTitle: page.title, page };
  }
  const checked = checkReportText(decoded.text);
  if (!checked.ok) return checked;
  const suggestedTitle = format === "markdown" ? markdownTitle(checked.text) : null;
  return { ok: true, text: checked.text, format, suggestedTitle, page: null };
}

function formatFromName(name: string): ReportFileFormat | null {
  const dot = name.lastIndexOf(".");
  if (dot === -1) return null;
  const extension = name.slice(dot).toLowerCase();
  return Object.hasOwn(formatByExtension, extension)
    ? formatByExtension[extension as keyof typeof formatByExtension]
    : null;
}

function listOfTypes(): string {
  const types = [...acceptedReportFileTypes];
  return `${types.slice(0, -1).join(", ")} and ${types.at(-1)}`;
}

// ---------------------------------------------------------------------------
// Bytes to text

type Decoded = { ok: true; text: string } | Refusal;

const notText = (kind = "binary") => refusal("notText", { kind });

// Signatures of the binary files most often renamed .txt by mistake. Some are
// plain ASCII (a PDF can be), so they would pass as text without this.
const binarySignatures: { kind: string; bytes: number[] }[] = [
  // the kinds are those of the "notText" message's select
  { kind: "pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: "zip", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: "emptyZip", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: "oldOffice", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { kind: "rtf", bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // {\rtf
  { kind: "png", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: "jpeg", bytes: [0xff, 0xd8, 0xff] },
  { kind: "gif", bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { kind: "gzip", bytes: [0x1f, 0x8b] },
  { kind: "program", bytes: [0x7f, 0x45, 0x4c, 0x46] }, // \x7fELF
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Decodes by byte order mark (UTF-8, UTF-16 LE/BE), else as strict UTF-8.
 * Bytes that are not valid UTF-8 are either binary (NUL or many control
 * bytes) or text in a legacy encoding; HTML is then decoded as a browser
 * would (its declared charset, else detected: lib/web/decode-page.ts), and
 * other files are refused with a way to fix them.
 */
function decodeReportBytes(bytes: Uint8Array, format: ReportFileFormat): Decoded {
  const signature = binarySignatures.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) return notText(signature.kind);

  const encoding = startsWith(bytes, [0xff, 0xfe])
    ? "utf-16le"
    : startsWith(bytes, [0xfe, 0xff])
      ? "utf-16be"
      : "utf-8";
  const readAsPage = format === "html" && (encoding !== "utf-8" || !bytesLookBinary(bytes));
  const text = readAsPage ? decodePage(bytes, { html: true }).text : decodeStrict(bytes, encoding);
  if (text === null) {
    const binary = encoding !== "utf-8" || bytesLookBinary(bytes);
    return binary ? notText() : refusal("notUtf8");
  }
  if (looksLikeBinary(text)) return notText();
  return { ok: true, text };
}

// Control bytes that text files do have: tab, LF, VT, FF, CR, and ESC (used
// by ISO-2022 encodings).
const textControlBytes = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);

/** NUL, or more than 1% of bytes that are control codes no text file has. */
function bytesLookBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if (byte < 0x20 && !textControlBytes.has(byte)) control += 1;
  }
  return control > bytes.length * 0.01;
}

// ---------------------------------------------------------------------------
// Markdown

/**
 * The text of a first-level `# heading` among the first lines, if any.
 * Parsed by hand: a regex with optional closing hashes backtracks badly on a
 * long line of spaces.
 */
function markdownTitle(text: string): string | null {
  for (const line of text.split("\n", 10)) {
    const trimmed = line.trim();
    if (!/^#[ \t]/.test(trimmed) || line.length - line.trimStart().length > 3) continue;
    const title = trimmed
      .slice(1)
      .replace(/[ \t]#+$/, "")
      .trim();
    if (title !== "") return title;
  }
  return null;
}
