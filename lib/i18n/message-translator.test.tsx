import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "use-intl/core";
import { describe, expect, it, vi } from "vitest";
import { formats } from "./formats";
import { intlLocale } from "./languages";
import { createMessageTranslator } from "./message-translator";
import arabic from "./messages/ar";
import english from "./messages/en";

type Catalogue = { [key: string]: string | Catalogue };

function keysOf(catalogue: Catalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [path] : keysOf(value, path);
  });
}

const textAt = (catalogue: Catalogue, key: string) =>
  key
    .split(".")
    .reduce<string | Catalogue>((found, part) => (found as Catalogue)[part]!, catalogue);

/**
 * Values that reach every kind of argument a message has: words, counts that
 * are plural in both languages, a moment, the first choice of each select, and
 * a function for each tag.
 */
function sampleValues(elements: MessageFormatElement[], values: Record<string, unknown> = {}) {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        values[element.value] = `«${element.value}»`;
        break;
      case TYPE.number:
      case TYPE.plural:
        values[element.value] = 3;
        break;
      case TYPE.date:
      case TYPE.time:
        values[element.value] = new Date(Date.UTC(2026, 11, 4, 13, 5, 9));
        break;
      case TYPE.select:
        values[element.value] = Object.keys(element.options)[0];
        break;
      case TYPE.tag:
        values[element.value] = (chunks: string[]) => `[${element.value}:${chunks.join("")}]`;
        sampleValues(element.children, values);
        break;
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) sampleValues(option.value, values);
    }
  }
  return values;
}

describe.each([
  ["en", english as Catalogue],
  ["ar", arabic as Catalogue],
] as const)("the desk's translator in %s", (language, catalogue) => {
  const locale = intlLocale(language, "western");
  const ours = createMessageTranslator({ locale, messages: catalogue });
  const useIntls = createTranslator({ locale, messages: catalogue, timeZone: "UTC", formats });

  it("words every message of the catalogue as use-intl does", () => {
    // a name that is both an argument and a tag gets a value only one can take: both fall back alike
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const differences: string[] = [];
    for (const key of keysOf(catalogue)) {
      const values = sampleValues(parse(textAt(catalogue, key) as string));
      const expected = useIntls.markup(key as never, values as never);
      const got = ours.markup(key, values as never);
      if (got !== expected) differences.push(`${key}: ${got} ≠ ${expected}`);
    }
    errors.mockRestore();
    expect(differences).toEqual([]);
  });

  it("gives each element a tag makes a key of its own, so repeated tags render as siblings", () => {
    const link = (chunks: React.ReactNode[]) => createElement("a", { href: "#x" }, chunks);
    const key = keysOf(catalogue).find((candidate) => {
      const text = textAt(catalogue, candidate) as string;
      return /<(\w+)>/.test(text) && !/\{\w+, (plural|select)/.test(text);
    })!;
    const values = sampleValues(parse(textAt(catalogue, key) as string)) as Record<string, unknown>;
    for (const name of Object.keys(values)) {
      if (typeof values[name] === "function") values[name] = link;
    }
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const render = (node: React.ReactNode) => renderToStaticMarkup(createElement("p", null, node));
    expect(render(ours.rich(key, values as never))).toBe(
      render(useIntls.rich(key as never, values as never)),
    );
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});

describe("a message the catalogue lacks", () => {
  const t = createMessageTranslator({ locale: "en-GB", messages: english, namespace: "claim" });

  it("shows its key and says so in the log, as use-intl does", () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(t("noSuchSentence")).toBe("claim.noSuchSentence");
    expect(errors).toHaveBeenCalledWith(expect.stringContaining("claim.noSuchSentence"));
    errors.mockRestore();
  });

  it("is told apart from one the catalogue has", () => {
    expect(t.has("noSuchSentence")).toBe(false);
    expect(t.has("number")).toBe(true);
    expect(t.raw("number")).toBe((english as Catalogue as { claim: Catalogue }).claim.number);
  });
});
