import Link from "next/link";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { elementsOf, textOf } from "@/scripts/testing/markup";
import { Section } from "./section";

const render = (node: React.ReactNode) => elementsOf(renderToStaticMarkup(node));

describe("a page's section", () => {
  it("is a region named by its heading, the heading's id React's own unless given", () => {
    const [section, heading] = render(
      <Section heading="Your API tokens">
        <p>ci</p>
      </Section>,
    );
    expect(section!.name).toBe("section");
    expect(heading!.name).toBe("h2");
    expect(heading!.attribs.id).toBeTruthy();
    expect(section!.attribs["aria-labelledby"]).toBe(heading!.attribs.id);
    expect(textOf(heading!)).toBe("Your API tokens");

    const [linked, h3] = render(<Section heading="Email" id="email-heading" level={3} />);
    expect([linked!.attribs["aria-labelledby"], h3!.name, h3!.attribs.id]).toEqual([
      "email-heading",
      "h3",
      "email-heading",
    ]);
  });

  it("says its empty state instead of the list, and shows the list when there is one", () => {
    const list = <ul aria-label="Tokens" />;
    const empty = render(
      <Section heading="Yours" empty="No tokens yet.">
        {list}
      </Section>,
    );
    expect(empty.some((e) => e.name === "ul")).toBe(false);
    expect(textOf(empty.find((e) => e.name === "p")!)).toBe("No tokens yet.");
    const full = render(
      <Section heading="Yours" empty={false}>
        {list}
      </Section>,
    );
    expect(full.some((e) => e.name === "ul")).toBe(true);
    expect(full.some((e) => e.name === "p")).toBe(false);
  });

  it("puts what stands beside the heading on its line", () => {
    const [, line, heading, link] = render(
      <Section heading="To check" beside={<Link href="/claims">On the board</Link>} />,
    );
    expect([line!.name, heading!.name, link!.name]).toEqual(["div", "h2", "a"]);
  });
});
