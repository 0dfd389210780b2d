import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { elementsOf, textOf } from "@/scripts/testing/markup";
import { RowHeader, Table, TableFrame } from "./table";

const render = (node: React.ReactNode) => elementsOf(renderToStaticMarkup(node));

describe("a table of data", () => {
  const elements = render(
    <Table caption="Your API tokens" columns={["Name", { label: "Uses", align: "end" }]}>
      <tr>
        <RowHeader>ci</RowHeader>
        <td>3</td>
      </tr>
    </Table>,
  );

  it("is named by a caption that, unless asked to show, only screen readers read", () => {
    const caption = elements.find((e) => e.name === "caption")!;
    expect(textOf(caption)).toBe("Your API tokens");
    expect(caption.attribs.class).toBe("sr-only");
  });

  it("scopes its column headers to their columns and a row's header to its row", () => {
    const headers = elements.filter((e) => e.name === "th");
    expect(headers.map((th) => [textOf(th), th.attribs.scope])).toEqual([
      ["Name", "col"],
      ["Uses", "col"],
      ["ci", "row"],
    ]);
  });

  it("aligns every header by the reading direction, not left or right", () => {
    const [name, uses, row] = elements.filter((e) => e.name === "th");
    expect(name!.attribs.class).toContain("text-start");
    expect(uses!.attribs.class).toContain("text-end");
    expect(uses!.attribs.class).not.toContain("text-start");
    expect(row!.attribs.class).toContain("text-start");
    expect(renderToStaticMarkup(<Table caption="x">{null}</Table>)).not.toMatch(/left|right/);
  });

  it("shows its caption with its own look when asked, and can be pointed at by id", () => {
    const caption = render(
      <Table caption="Reliability" captionVisible captionId="r-caption" captionClassName="text-xs">
        {null}
      </Table>,
    ).find((e) => e.name === "caption")!;
    expect(caption.attribs.id).toBe("r-caption");
    expect(caption.attribs.class).toContain("text-xs");
    expect(caption.attribs.class).not.toContain("sr-only");
  });

  it("has no header row when it has no columns", () => {
    expect(render(<Table caption="Grades">{null}</Table>).some((e) => e.name === "thead")).toBe(
      false,
    );
  });

  it("frames a wide table in a box that scrolls, or as told", () => {
    const [box] = render(<TableFrame />);
    expect(box!.attribs.class).toContain("overflow-x-auto");
    const [stacked] = render(<TableFrame className="md:overflow-x-auto" />);
    expect(stacked!.attribs.class).not.toMatch(/(^| )overflow-x-auto/);
  });
});
