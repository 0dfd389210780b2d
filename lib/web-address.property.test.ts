import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCommentUrl } from "@/components/discussion/comment-markdown";
import { evidenceFieldsSchema } from "@/lib/evidence/fields";
import { reportMetadataSchema } from "@/lib/reports/metadata";
import { isWebAddress } from "./web-address";

/**
 * Every place the desk accepts an address refuses script URLs however they
 * are dressed: `javascript:`, `data:`, `vbscript:` in any mix of case, behind
 * spaces or control characters, with tabs and newlines inside the scheme
 * (which the URL parser silently removes), and it still accepts real web
 * addresses. The places: isWebAddress itself, a report's URL, an evidence
 * link and its archive copy, and links and images in comments.
 */

const evidenceWith = (fields: Record<string, string>) =>
  evidenceFieldsSchema.safeParse({
    url: "https://example.org/source",
    title: "A source",
    stance: "supports",
    ...fields,
  });

/**
 * What each place that takes an address makes of this one: `false` when it
 * refuses it, `null` when it reads it as blank (no address), else the
 * address it stores or links to.
 */
function outcomes(address: string): Record<string, string | null | false> {
  const report = reportMetadataSchema.safeParse({ title: "A report", url: address });
  const evidence = evidenceWith({ url: address });
  const archived = evidenceWith({ archiveUrl: address });
  return {
    isWebAddress: isWebAddress(address) && address,
    reportUrl: report.success && report.data.url,
    evidenceUrl: evidence.success && evidence.data.url,
    evidenceArchiveUrl: archived.success && archived.data.archiveUrl,
    commentLink: safeCommentUrl(address, "href") ?? false,
    commentImage: safeCommentUrl(address, "src") ?? false,
  };
}

const refusedEverywhere = {
  isWebAddress: false,
  reportUrl: false,
  evidenceUrl: false,
  evidenceArchiveUrl: false,
  commentLink: false,
  commentImage: false,
};

// what browsers strip or forgive around and inside a scheme: C0 controls, space, DEL, C1 controls
const strippedByParsers = fc.constantFrom(
  ...Array.from({ length: 0x21 }, (_, code) => String.fromCharCode(code)),
  "\u007f",
  "\u0085",
  "\u009f",
);
// what String.prototype.trim (and so zod's .trim()) removes besides those
const unicodeSpaces = fc.constantFrom("\u00a0", "\u1680", "\u2000", "\u2028", "\u3000", "\ufeff");
const padding = fc
  .array(fc.oneof(strippedByParsers, unicodeSpaces), { maxLength: 4 })
  .map((chars) => chars.join(""));

/** A scheme in any case, with tabs, newlines or carriage returns slipped between its letters. */
const disguisedScheme = fc
  .tuple(
    fc.mixedCase(fc.constantFrom("javascript", "data", "vbscript")),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom("", "", "\t", "\n", "\r")), { maxLength: 3 }),
  )
  .map(([scheme, insertions]) => {
    let disguised = scheme;
    for (const [at, char] of insertions) {
      const position = at % (disguised.length + 1);
      disguised = disguised.slice(0, position) + char + disguised.slice(position);
    }
    return disguised;
  });

const scriptPayload = fc.oneof(
  fc.constantFrom(
    "alert(1)",
    "alert(document.cookie)//http://example.org",
    "text/html,<script>alert(1)</script>",
    "text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "msgbox(1)",
    "//example.org/%0aalert(1)",
  ),
  fc.string({ maxLength: 40 }),
);

const scriptUrl = fc
  .tuple(padding, disguisedScheme, fc.constantFrom(":", ":", "%3a", "&#58;"), scriptPayload)
  .map(([lead, scheme, colon, payload]) => `${lead}${scheme}${colon}${payload}`);

describe("script URLs", () => {
  it("are refused by every field that takes an address", () => {
    fc.assert(
      fc.property(scriptUrl, (address) => {
        expect(outcomes(address)).toEqual(refusedEverywhere);
      }),
      { numRuns: 2000 },
    );
  });

  it("are refused with a real address's look: http:// inside, or a web address before them", () => {
    const lookalike = fc.oneof(
      scriptUrl.map((address) => `${address}#https://example.org`),
      fc.webUrl().chain((web) => padding.map((lead) => `${lead}${web}`).filter((s) => s !== web)),
    );
    fc.assert(
      fc.property(lookalike, (address) => {
        const outcome = outcomes(address);
        // a padded real address is refused, not silently repaired, except where a field trims it
        expect(outcome.isWebAddress).toBe(false);
        expect(outcome.evidenceUrl).toBe(false);
        expect(outcome.commentLink).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe("anything accepted", () => {
  // arbitrary text, and text assembled from the pieces URL tricks are made of
  const urlPieces = fc
    .array(
      fc.constantFrom(
        "java",
        "script",
        "JaVa",
        "data",
        "vbscript",
        "http",
        "https",
        ":",
        "//",
        "/",
        "\t",
        "\n",
        " ",
        "\u0000",
        "&#58;",
        "%0a",
        "example.org",
        "@",
        "alert(1)",
        "\\",
      ),
      { maxLength: 8 },
    )
    .map((pieces) => pieces.join(""));
  const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), urlPieces);

  it("is an http or https address with a host, as a browser would read it", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const [field, stored] of Object.entries(outcomes(text))) {
          if (typeof stored !== "string") continue;
          const url = new URL(stored);
          expect(["http:", "https:"], `${field} took ${JSON.stringify(text)}`).toContain(
            url.protocol,
          );
          expect(url.hostname).not.toBe("");
          expect(stored).not.toMatch(/[\u0000-\u0020\u007f-\u009f]/);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("real web addresses", () => {
  it("are accepted by every field", () => {
    const webAddress = fc.webUrl({
      validSchemes: ["http", "https"],
      withQueryParameters: true,
      withFragments: true,
    });
    fc.assert(
      fc.property(webAddress, (address) => {
        expect(outcomes(address)).toEqual({
          isWebAddress: address,
          reportUrl: address,
          evidenceUrl: address,
          evidenceArchiveUrl: address,
          commentLink: address,
          commentImage: address,
        });
      }),
      { numRuns: 500 },
    );
  });
});
