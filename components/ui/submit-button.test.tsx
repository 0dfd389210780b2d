import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { elementsOf, textOf } from "@/scripts/testing/markup";
import { SubmitButton } from "./submit-button";

const buttonOf = (markup: string) => elementsOf(markup).find((e) => e.name === "button")!;

describe("a form's submit button", () => {
  it("submits and shows its label while the form is idle", () => {
    const button = buttonOf(
      renderToStaticMarkup(
        <SubmitButton pending={false} pendingLabel="Posting…">
          Post comment
        </SubmitButton>,
      ),
    );
    expect(button.attribs.type).toBe("submit");
    expect(textOf(button)).toBe("Post comment");
    expect(button.attribs["aria-disabled"]).toBeUndefined();
    expect(button.attribs["aria-busy"]).toBe("false");
  });

  it("while sending says so, is busy, and refuses clicks without giving up focus", () => {
    const button = buttonOf(
      renderToStaticMarkup(
        <SubmitButton pending pendingLabel="Posting…">
          Post comment
        </SubmitButton>,
      ),
    );
    expect(textOf(button)).toBe("Posting…");
    expect(button.attribs["aria-busy"]).toBe("true");
    expect(button.attribs["aria-disabled"]).toBe("true");
    // a disabled button would drop keyboard focus to the top of the page
    expect(button.attribs).not.toHaveProperty("disabled");
  });

  it("keeps its label while sending when the form has no pending label", () => {
    const button = buttonOf(renderToStaticMarkup(<SubmitButton pending>Set verdict</SubmitButton>));
    expect(textOf(button)).toBe("Set verdict");
    expect(button.attribs["aria-disabled"]).toBe("true");
  });

  it("refuses clicks when there is nothing to send, without saying it is sending", () => {
    const button = buttonOf(
      renderToStaticMarkup(
        <SubmitButton pending={false} pendingLabel="Marking…" disabled>
          Mark all read
        </SubmitButton>,
      ),
    );
    expect(textOf(button)).toBe("Mark all read");
    expect(button.attribs["aria-disabled"]).toBe("true");
    expect(button.attribs["aria-busy"]).toBe("false");
  });

  it("passes its look and name through", () => {
    const button = buttonOf(
      renderToStaticMarkup(
        <SubmitButton pending={false} variant="danger" size="sm" aria-label="Revoke ci-token">
          Revoke
        </SubmitButton>,
      ),
    );
    expect(button.attribs["aria-label"]).toBe("Revoke ci-token");
    expect(button.attribs.class).toContain("text-danger");
    expect(button.attribs.class).toContain("px-2.5");
  });
});
