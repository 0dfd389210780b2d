import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * What issue 16 folded stays folded: the layers keep their direction, lib/
 * holds only what the running app uses, and a form's submit button, a data
 * table and the list of verdicts are each written once. Read from the
 * sources, so a new file that writes one of them out again fails here, not
 * in review.
 */

const root = path.resolve(__dirname, "../..");

/** The TypeScript sources under `folder`, as paths from the project's root. */
function sourcesUnder(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
    .map((file) => path.posix.join(folder, file.split(path.sep).join("/")))
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts"));
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** Every module a file names: imports, re-exports, dynamic imports, side-effect imports. */
function importsOf(file: string): string[] {
  const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;
  return [...read(file).matchAll(pattern)].map((match) => match[1]!);
}

/** The project file an import names, or null for a package, JSON or a file outside. */
function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return (
    candidates.find((file) => /\.tsx?$/.test(file) && existsSync(path.join(root, file))) ?? null
  );
}

/** The opening tags of `names` in `source`, whole: attributes may hold `=>` inside braces. */
function openingTags(source: string, names: string[]): string[] {
  const tags: string[] = [];
  const start = new RegExp(`<(?:${names.join("|")})\\b`, "g");
  for (const match of source.matchAll(start)) {
    let depth = 0;
    let quote: string | null = null;
    for (let i = match.index; i < source.length; i++) {
      const c = source[i]!;
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'" || c === "`") quote = c;
      else if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === ">" && depth === 0) {
        tags.push(source.slice(match.index, i + 1));
        break;
      }
    }
  }
  return tags;
}

const interfaceSources = [...sourcesUnder("app"), ...sourcesUnder("components")].filter(
  (file) => file.endsWith(".tsx") && !isTest(file),
);

describe("one rule, one place", () => {
  it("db/ imports nothing above it, its tests included", () => {
    const upward = sourcesUnder("db")
      .filter((file) => !file.startsWith("db/migrations/"))
      .flatMap((file) =>
        importsOf(file)
          .map((specifier) => resolve(file, specifier))
          .filter((target) => target !== null && !target.startsWith("db/"))
          .map((target) => `${file} → ${target}`),
      );
    expect(upward).toEqual([]);
  });

  it("lib/ holds only what the running app uses: each of its modules is reached from a route", () => {
    const entries = [
      ...sourcesUnder("app").filter((file) => !isTest(file)),
      "proxy.ts",
      "instrumentation.ts",
      "next.config.ts",
      // next-intl's request configuration, which next.config.ts names by path
      "lib/i18n/request.ts",
    ];
    const reached = new Set<string>();
    const waiting = [...entries];
    while (waiting.length > 0) {
      const file = waiting.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      for (const specifier of importsOf(file)) {
        const target = resolve(file, specifier);
        if (target && !reached.has(target)) waiting.push(target);
      }
    }
    const unused = sourcesUnder("lib").filter((file) => !isTest(file) && !reached.has(file));
    expect(unused, "test support belongs in scripts/testing").toEqual([]);
  });

  it("a form's submit button that waits for its form is a SubmitButton", () => {
    const exceptions = new Set([
      "components/ui/submit-button.tsx",
      // a tag's ×: named by its aria-label, it has no words to change while it is sent
      "components/entities/removable-chip.tsx",
    ]);
    const handWritten = interfaceSources
      .filter((file) => !exceptions.has(file))
      .flatMap((file) =>
        openingTags(read(file), ["Button", "button"])
          .filter((tag) => tag.includes('type="submit"') && /\bpending\b/.test(tag))
          .map(() => file),
      );
    expect(handWritten).toEqual([]);
  });

  it("a table of data is a Table, with its caption and scoped headers", () => {
    const exceptions = new Set([
      "components/ui/table.tsx",
      // a row group per reviewer, headed by a rowgroup header: Table has one body
      "components/dashboard/calibration-section.tsx",
    ]);
    const handWritten = interfaceSources.filter(
      (file) => !exceptions.has(file) && /<table\b/.test(read(file)),
    );
    expect(handWritten).toEqual([]);
  });

  it("the verdicts are listed once, in db/schema/verdict-kinds.ts", () => {
    const list = /"verified",\s*"false",\s*"misleading",\s*"unproven"/;
    const copies = [
      ...sourcesUnder("app"),
      ...sourcesUnder("components"),
      ...sourcesUnder("lib"),
      ...sourcesUnder("db").filter((file) => !file.startsWith("db/migrations/")),
      // the demo, the bench's generator and test support write verdicts too
      ...sourcesUnder("scripts"),
    ].filter(
      (file) => !isTest(file) && file !== "db/schema/verdict-kinds.ts" && list.test(read(file)),
    );
    expect(copies).toEqual([]);
  });
});
