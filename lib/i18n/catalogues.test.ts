import {
  isPluralElement,
  isSelectElement,
  isTagElement,
  parse,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import arabic from "./messages/ar";
import english from "./messages/en";
import { untranslatedWords } from "@/scripts/testing/proper-names";

type Catalogue = { [key: string]: string | Catalogue };

/** Every message of a catalogue by its dotted key ("auth.errors.locked"). */
function messagesOf(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(path, value);
    else for (const [inner, message] of messagesOf(value, path)) found.set(inner, message);
  }
  return found;
}

/** The words a message shows: its literal text in every branch, without the ICU syntax or code. */
function textOf(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === 0) return element.value;
      if (isPluralElement(element) || isSelectElement(element)) {
        return Object.values(element.options)
          .map((option) => textOf(option.value))
          .join(" ");
      }
      // a command in <code> is typed as it is, in any language
      if (isTagElement(element)) return element.value === "code" ? " " : textOf(element.children);
      return " ";
    })
    .join("");
}

/** The arguments a message fills in, and the plural choices it offers for each count. */
function argumentsOf(elements: MessageFormatElement[], plurals: Array<string[]> = []) {
  const names = new Set<string>();
  const walk = (list: MessageFormatElement[]) => {
    for (const element of list) {
      if ("value" in element && typeof element.value === "string" && element.type !== 0) {
        names.add(element.value);
      }
      if (isPluralElement(element)) plurals.push(Object.keys(element.options));
      if (isPluralElement(element) || isSelectElement(element)) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (isTagElement(element)) walk(element.children);
    }
  };
  walk(elements);
  return { names, plurals };
}

const en = messagesOf(english as Catalogue);
const ar = messagesOf(arabic as Catalogue);

describe("the message catalogues", () => {
  it("have the same keys in English and Arabic", () => {
    expect([...ar.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each([...en.keys()])("%s parses in both languages and fills in the same arguments", (key) => {
    const inEnglish = argumentsOf(parse(en.get(key)!));
    const inArabic = argumentsOf(parse(ar.get(key)!));
    expect([...inArabic.names].sort()).toEqual([...inEnglish.names].sort());
  });

  it("give every Arabic count its six plural forms (or an exact =0 for none)", () => {
    const incomplete: string[] = [];
    for (const [key, message] of ar) {
      for (const options of argumentsOf(parse(message)).plurals) {
        const needed = ["one", "two", "few", "many", "other"];
        if (!options.includes("=0")) needed.push("zero");
        const missing = needed.filter((form) => !options.includes(form));
        if (missing.length) incomplete.push(`${key}: no ${missing.join(", ")}`);
      }
    }
    expect(incomplete).toEqual([]);
  });

  it("give every English count its singular and plural", () => {
    const incomplete = [...en].flatMap(([key, message]) =>
      argumentsOf(parse(message))
        .plurals.filter((options) => !options.includes("one") || !options.includes("other"))
        .map(() => key),
    );
    expect(incomplete).toEqual([]);
  });

  it("write the Arabic interface in Arabic, apart from proper names", () => {
    const latin = [...ar]
      .filter(([, message]) => {
        return untranslatedWords(textOf(parse(message))).length > 0;
      })
      .map(([key]) => key);
    expect(latin).toEqual([]);
  });
});
