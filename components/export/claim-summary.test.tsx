import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup as renderMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { elementsOf } from "@/scripts/testing/markup";
import { sampleClaim } from "@/scripts/testing/sample-claim";
import { formats } from "@/lib/i18n/formats";
import english from "@/lib/i18n/messages/en";
import { ExportReportSection, groupByReport } from "./claim-summary";
import { PrintStyles } from "./print-styles";

/** The summary as an English page draws it. */
function renderToStaticMarkup(node: ReactNode): string {
  return renderMarkup(
    <NextIntlClientProvider locale="en-GB" messages={english} formats={formats} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );
}

describe("the printable summary", () => {
  const claims = [
    sampleClaim(),
    sampleClaim({ id: 13, quote: { text: "CIA قالت إن ٢٢ متدربا سافروا", language: "ar" } }),
    sampleClaim({ id: 14, report: { ...sampleClaim().report, id: 2, title: "Second" } }),
  ];
  const markup = groupByReport(claims)
    .map((group) =>
      renderToStaticMarkup(<ExportReportSection report={group.report} claims={group.claims} />),
    )
    .join("");
  const elements = elementsOf(markup);

  it("has a section per report, each claim with its statement, verdict, grade and evidence", () => {
    expect(elements.filter((e) => e.attribs.class?.includes("export-report"))).toHaveLength(2);
    expect(elements.filter((e) => e.name === "h3")).toHaveLength(3);
    expect(markup).toContain("B2: usually reliable source, probably true");
    expect(markup).toContain("3 reviewers, grades within one step");
    expect(markup).toContain("Two independent outlets and the ministry&#x27;s own release agree.");
    const text = markup.replace(/<!-- -->|<[^>]+>/g, "");
    expect(text).toContain("Contradicted by#40 Only twelve trainees went.");
    expect(text).toContain("Supports: Ministry release (Ministry)");
  });

  it("sets Arabic quotes right to left, even when they open with a Latin word", () => {
    const quotes = elements.filter((e) => e.name === "blockquote");
    expect(quotes).toHaveLength(3);
    for (const quote of quotes) expect(quote.attribs).toMatchObject({ lang: "ar", dir: "rtl" });
  });

  it("marks links whose text is their address, so print does not repeat it", () => {
    const links = elements.filter((e) => e.name === "a");
    const evidence = links.find((a) => a.attribs.href === "https://ministry.example/release")!;
    expect(evidence.attribs).not.toHaveProperty("data-url-shown");
    const permalink = links.find((a) => a.attribs.href === "https://desk.example.org/claims/12")!;
    expect(permalink.attribs).toHaveProperty("data-url-shown");
  });

  it("prints on A4 with a page per report and links followed by their address", () => {
    const css = renderToStaticMarkup(<PrintStyles />);
    expect(css).toContain("size: A4");
    expect(css).toMatch(/\.export-report \+ \.export-report \{\s*break-before: page;/);
    expect(css).toContain('a[href^="http"]:not([data-url-shown])::after');
    expect(css).toContain('content: " (" attr(href) ")"');
  });

  it("shows a report address that is not a web page as text, never as a link", () => {
    const hostile = sampleClaim({
      report: { ...sampleClaim().report, url: "javascript:alert(1)" },
    });
    const html = renderToStaticMarkup(
      <ExportReportSection report={hostile.report} claims={[hostile]} />,
    );
    expect(html).toContain("javascript:alert(1)");
    expect(elementsOf(html).some((e) => e.attribs.href?.startsWith("javascript:"))).toBe(false);
  });
});
