import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { elementsOf, textOf } from "@/scripts/testing/markup";
import type { ClaimEvidence } from "@/lib/evidence/list";
import english from "@/lib/i18n/messages/en";
import { formats } from "@/lib/i18n/formats";
import { EvidenceBody } from "./evidence-body";

/** The source as an English page draws it. */
function render(evidence: ClaimEvidence): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="en-GB" messages={english} formats={formats} timeZone="UTC">
      <EvidenceBody item={evidence} />
    </NextIntlClientProvider>,
  );
}

const item = (overrides: Partial<ClaimEvidence> = {}): ClaimEvidence => ({
  id: 1,
  url: "https://www.NG.ru/article/123/",
  title: "Курсанты улетели в Китай",
  outlet: null,
  publishedOn: null,
  archiveUrl: null,
  stance: "supports",
  quote: null,
  addedByName: "Reviewer One",
  createdAt: new Date("2025-09-14T10:00:00Z"),
  retractedAt: null,
  retractedByName: null,
  retractionReason: null,
  version: 1,
  host: "ng.ru",
  canRetract: false,
  canCheck: true,
  flag: null,
  flaggedAt: null,
  checkQueued: false,
  snapshot: null,
  ...overrides,
});

describe("a source on the card", () => {
  it("names the site beside the title, left to right and outside the link", () => {
    const elements = elementsOf(render(item()));
    const host = elements.find((e) => textOf(e) === "ng.ru");
    expect(host).toMatchObject({ name: "bdi", attribs: { dir: "ltr" } });
    expect(host!.attribs.class).toContain("text-muted");
    const link = elements.find((e) => e.name === "a")!;
    expect(link.attribs.href).toBe("https://www.NG.ru/article/123/");
    expect(textOf(link)).not.toContain("ng.ru");
  });

  it("keeps an Arabic title isolated, taking its direction from its own text", () => {
    const title = "روسيا تعترف بطالبان";
    const elements = elementsOf(render(item({ title })));
    const isolate = elements.find((e) => e.name === "bdi")!;
    expect(textOf(isolate)).toBe(title);
    expect(isolate.attribs.dir ?? "auto").toBe("auto");
  });

  it("shows no site when the address has none to show", () => {
    const markup = render(item({ host: null }));
    expect(elementsOf(markup).some((e) => e.attribs.dir === "ltr")).toBe(false);
  });
});
