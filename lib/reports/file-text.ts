/**
 * Turns an uploaded report file (.txt, .md, .html) into report text. Pure,
 * like report-text.ts, so the import form's server action and the
 * import-report script read files the same way.
 *
 * The bytes are refused before any decoding when they are too large or are
 * plainly not text (a PDF, image or archive renamed .txt). HTML is reduced to
 * its visible text with html-to-text: scripts, styles, embedded objects and
 * hidden elements are dropped, link and image URLs are never written out,
 * and no markup survives, so the stored text is inert wherever it is shown.
 * Markdown is kept as written: its syntax reads fine as text and quotes must
 * match what the reviewer sees in the file.
 */
import { convert, type DomNode, type FormatCallback, type HtmlToTextOptions } from "html-to-text";
// html-to-text's own parser; imported directly only to measure nesting (see
// htmlNestingDepth), so the two always tokenize the same way.
import { Tokenizer } from "htmlparser2";
import { acceptedReportFileTypes } from "@/lib/reports/file-types";
import { REPORT_MAX_BYTES, tooLargeReason } from "@/lib/reports/limits";
import { checkReportText, looksLikeBinary } from "@/lib/reports/report-text";

// The accepted types live in file-types.ts, which the upload form loads in
// the browser; re-exported so server code needs only this module.
export { acceptedReportFileTypes, reportFileAccept } from "@/lib/reports/file-types";

export type ReportFileFormat = "text" | "markdown" | "html";

export type ReportFileText =
  | {
      ok: true;
      text: string;
      format: ReportFileFormat;
      /** The HTML `<title>` or the Markdown file's first `# heading`, to prefill the title. */
      suggestedTitle: string | null;
    }
  | { ok: false; reason: string };

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
    return { ok: false, reason: tooLargeReason("file", bytes.byteLength) };
  }
  const format = formatFromName(name);
  if (format === null) {
    return {
      ok: false,
      reason: `"${name}" cannot be imported: only ${listOfTypes()} files can. Save the report in one of these formats, or paste its text.`,
    };
  }
  const decoded = decodeReportBytes(bytes, format);
  if (!decoded.ok) return decoded;

  if (format === "html") {
    const html = htmlToReportText(decoded.text);
    if (!html.ok) return html;
    const checked = checkReportText(html.text);
    if (!checked.ok) return checked;
    return { ok: true, text: checked.text, format, suggestedTitle: html.title };
  }
  const checked = checkReportText(decoded.text);
  if (!checked.ok) return checked;
  const suggestedTitle = format === "markdown" ? markdownTitle(checked.text) : null;
  return { ok: true, text: checked.text, format, suggestedTitle };
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

type Decoded = { ok: true; text: string } | { ok: false; reason: string };

function notTextReason(kind = "a binary file"): string {
  return `This file is not text (it looks like ${kind}). Upload a .txt, .md or .html file.`;
}

const notUtf8Reason =
  "This file is not UTF-8 text, so its characters cannot be read reliably. Save it with the UTF-8 encoding (in most editors: Save As, Encoding: UTF-8) and upload it again, or paste its text.";

// Signatures of the binary files most often renamed .txt by mistake. Some are
// plain ASCII (a PDF can be), so they would pass as text without this.
const binarySignatures: { kind: string; bytes: number[] }[] = [
  { kind: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: "a ZIP archive or an Office document", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: "an empty ZIP archive", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: "an old Word or Excel document", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { kind: "an RTF document", bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // {\rtf
  { kind: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { kind: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { kind: "a gzip archive", bytes: [0x1f, 0x8b] },
  { kind: "a program", bytes: [0x7f, 0x45, 0x4c, 0x46] }, // \x7fELF
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Decodes by byte order mark (UTF-8, UTF-16 LE/BE), else as strict UTF-8.
 * Bytes that are not valid UTF-8 are either binary (NUL or many control
 * bytes) or text in a legacy encoding; for HTML, a declared charset is then
 * honoured the way a browser would, and other files are refused with a way
 * to fix them.
 */
function decodeReportBytes(bytes: Uint8Array, format: ReportFileFormat): Decoded {
  const signature = binarySignatures.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) return { ok: false, reason: notTextReason(signature.kind) };

  const encoding = startsWith(bytes, [0xff, 0xfe])
    ? "utf-16le"
    : startsWith(bytes, [0xfe, 0xff])
      ? "utf-16be"
      : "utf-8";
  let text = decodeStrict(bytes, encoding);
  if (text === null && encoding === "utf-8" && !bytesLookBinary(bytes) && format === "html") {
    const declared = declaredHtmlCharset(bytes);
    if (declared !== null) text = decodeStrict(bytes, declared);
  }
  if (text === null) {
    const binary = encoding !== "utf-8" || bytesLookBinary(bytes);
    return { ok: false, reason: binary ? notTextReason() : notUtf8Reason };
  }
  if (looksLikeBinary(text)) return { ok: false, reason: notTextReason() };
  return { ok: true, text };
}

/** The decoded text (byte order mark consumed), or null if the bytes are invalid. */
function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    // Invalid bytes for the encoding, or an encoding label this runtime lacks.
    return null;
  }
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

/** The charset of `<meta charset>` or `<meta http-equiv content>` near the start. */
function declaredHtmlCharset(bytes: Uint8Array): string | null {
  // Browsers look in the first 1024 bytes; the declaration itself is ASCII.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

// ---------------------------------------------------------------------------
// HTML to text

type HtmlText = { ok: true; text: string; title: string | null } | { ok: false; reason: string };

// Elements whose content is not visible text of the page: code, styling,
// embedded content, media fallbacks, form controls and metadata.
const droppedElements = [
  ...["script", "style", "noscript", "template", "iframe", "object", "embed", "applet"],
  ...["svg", "math", "canvas", "img", "picture", "audio", "video", "map"],
  ...["button", "select", "textarea", "input", "datalist"],
  ...["meta", "link", "base"],
  // Hidden in the browser, so not what the reviewer read.
  ...["[hidden]", '[style*="display:none" i]', '[style*="display: none" i]'],
  ...['[style*="visibility:hidden" i]', '[style*="visibility: hidden" i]'],
];

const headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

/**
 * One table row per line, cells separated by " | ". The whitespace between
 * cells in the source is skipped so that the separator is always the same.
 */
const tableRow: FormatCallback = (elem, walk, builder) => {
  builder.openBlock({ leadingLineBreaks: 1 });
  const cells = elem.children.filter((child) => child.name === "td" || child.name === "th");
  cells.forEach((cell, index) => {
    if (index > 0) builder.addLiteral(" | ");
    walk(cell.children, builder);
  });
  builder.closeBlock({ trailingLineBreaks: 1 });
};

function textOf(node: DomNode): string {
  return node.data ?? node.children?.map(textOf).join("") ?? "";
}

function htmlOptions(onTitle: (title: string) => void): HtmlToTextOptions {
  const captureTitle: FormatCallback = (elem) => onTitle(textOf(elem));
  return {
    wordwrap: false,
    // The whole document, not only <body>: pasted fragments have none. The
    // head's visible parts (its title) are captured, not written out.
    baseElements: { selectors: [], returnDomByDefault: true },
    formatters: { tableRow, captureTitle },
    selectors: [
      ...droppedElements.map((selector) => ({ selector, format: "skip" })),
      { selector: "title", format: "captureTitle" },
      { selector: "a", options: { ignoreHref: true } },
      ...headings.map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: "ul", options: { itemPrefix: "- " } },
      { selector: "hr", format: "skip" },
      { selector: "table", format: "block" },
      { selector: "caption", format: "block" },
      { selector: "tr", format: "tableRow" },
    ],
  };
}

const nestedTooDeeplyReason =
  "This HTML file is nested too deeply to read. Open it in a browser, copy the report's text and paste it instead.";

/**
 * Deeper than any real page (they stay well under 100 levels), and well
 * below the depth at which html-to-text's recursive walk overflows the stack.
 */
const maxHtmlNesting = 1000;

function htmlToReportText(html: string): HtmlText {
  if (htmlNestingDepth(html) > maxHtmlNesting) return { ok: false, reason: nestedTooDeeplyReason };
  let title: string | null = null;
  const options = htmlOptions((text) => {
    const collapsed = text.replace(/\s+/gu, " ").trim();
    if (title === null && collapsed !== "") title = collapsed;
  });
  try {
    return { ok: true, text: convert(html, options), title };
  } catch (error) {
    // A backstop: the depth check above should keep the walk shallow enough.
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, reason: nestedTooDeeplyReason };
  }
}

// The parts of htmlparser2's tree building that decide nesting depth: void
// elements, the elements an opening tag closes implicitly, and where `/>`
// closes an element (only inside SVG and MathML). Leaving a rule out here
// can only overstate the depth, never understate it.
const voidElements = new Set(
  "area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr".split(
    " ",
  ),
);
const closesP = new Set(["p"]);
const impliedCloses = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["li", new Set(["li"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", new Set(["dd", "dt"])],
  ["dt", new Set(["dd", "dt"])],
  ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
  ...`p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption
    figure footer form header hr main nav ol pre section table ul`
    .split(/\s+/)
    .map((name) => [name, closesP] as const),
]);
const foreignElements = new Set(["math", "svg"]);
const htmlIntegrationElements = new Set(
  "mi mo mn ms mtext annotation-xml foreignobject desc title".split(" "),
);

/**
 * The deepest element nesting htmlparser2 will build for this HTML. Its tree
 * builder keeps open elements in an array it shifts and unshifts, so parsing
 * takes time proportional to length × depth: a 2 MB file of nested tags
 * takes a minute. Its tokenizer is linear, so the depth is measured here on
 * the tokens alone, with a stack that mirrors the tree builder's rules.
 */
export function htmlNestingDepth(html: string): number {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  const inForeign: boolean[] = [false];
  let tagName = "";
  let deepest = 0;

  const push = (name: string) => {
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    deepest = Math.max(deepest, open.length);
  };
  const pop = () => {
    const name = open.pop();
    if (name !== undefined) openCount.set(name, (openCount.get(name) ?? 1) - 1);
    return name;
  };
  const nameAt = (start: number, end: number) => html.slice(start, end).toLowerCase();
  const ignore = () => {};

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(start, end) {
        tagName = nameAt(start, end);
        const closes = impliedCloses.get(tagName);
        while (closes && open.length > 0 && closes.has(open.at(-1) ?? "")) pop();
        if (voidElements.has(tagName)) return;
        push(tagName);
        if (foreignElements.has(tagName)) inForeign.push(true);
        else if (htmlIntegrationElements.has(tagName)) inForeign.push(false);
      },
      onselfclosingtag() {
        if (inForeign.at(-1) && open.at(-1) === tagName) pop();
      },
      onclosetag(start, end) {
        const name = nameAt(start, end);
        if (foreignElements.has(name) || htmlIntegrationElements.has(name)) inForeign.pop();
        if (voidElements.has(name) || (openCount.get(name) ?? 0) === 0) return;
        while (pop() !== name);
      },
      onattribdata: ignore,
      onattribentity: ignore,
      onattribend: ignore,
      onattribname: ignore,
      oncdata: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onend: ignore,
      onopentagend: ignore,
      onprocessinginstruction: ignore,
      ontext: ignore,
      ontextentity: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return deepest;
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
