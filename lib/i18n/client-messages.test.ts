import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientNamespaces, covers, providedNamespaces } from "@/scripts/testing/client-namespaces";
import english from "./messages/en";
import { pickMessages } from "./pick-messages";

const root = path.resolve(__dirname, "..", "..");
const routeFileNames =
  /^(page|layout|not-found|forbidden|unauthorized|error|loading|template)\.tsx$/;

function routeFiles(directory = "app"): string[] {
  return readdirSync(path.join(root, directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(directory, entry.name);
    if (entry.isDirectory()) return routeFiles(relative);
    return routeFileNames.test(entry.name) ? [relative] : [];
  });
}

/** The file whose <ClientMessages> the client components of `file` read: its own, else a layout's above. */
function providerOf(file: string): string | null {
  if (providedNamespaces(file)) return file;
  let directory = path.dirname(file);
  // a layout's provider is above the layout itself
  if (path.basename(file) === "layout.tsx") directory = path.dirname(directory);
  for (; directory.startsWith("app"); directory = path.dirname(directory)) {
    const layout = path.join(directory, "layout.tsx");
    if (routeFiles(directory).includes(layout) && providedNamespaces(layout)) return layout;
  }
  return null;
}

describe("the messages each page sends its client components", () => {
  const files = routeFiles();
  const needs = new Map(files.map((file) => [file, [...clientNamespaces(file)].sort()]));

  it("finds what client components use, and not what server components render", () => {
    // the board's cards are client components; the claim page renders the same notes on the server
    expect(needs.get("app/(desk)/claims/page.tsx")).toEqual(
      expect.arrayContaining(["board.card", "board.filters", "claim.flags", "review.grades"]),
    );
    expect(needs.get("app/(desk)/claims/[id]/page.tsx")).toEqual(
      expect.arrayContaining(["review.form", "review.verdict.form", "discussion.form"]),
    );
    expect(needs.get("app/(desk)/claims/[id]/page.tsx")).not.toContain("claim.flags");
  });

  it.each(files)("%s: every namespace its client components use is sent", (file) => {
    const provider = providerOf(file);
    const missing = needs
      .get(file)!
      .filter((namespace) => !provider || !covers(providedNamespaces(provider)!, namespace));
    expect(missing, `add to <ClientMessages> of ${provider ?? "the page"}`).toEqual([]);
  });

  it("has no other provider, which would send the whole catalogue", () => {
    const sources = ["app", "components"].flatMap((directory) =>
      readdirSync(path.join(root, directory), { recursive: true, encoding: "utf8" })
        .filter((name) => /\.tsx?$/.test(name) && !name.includes(".test."))
        .map((name) => path.join(directory, name)),
    );
    const providers = sources.filter((file) =>
      readFileSync(path.join(root, file), "utf8").includes("<NextIntlClientProvider"),
    );
    expect(providers).toEqual(["components/i18n/client-messages.tsx"]);
  });

  it("sends no namespace that no client component under it uses, nor one the catalogue lacks", () => {
    const providers = files.filter((file) => providedNamespaces(file));
    for (const provider of providers) {
      const served = files.filter((file) => providerOf(file) === provider);
      const used = served.flatMap((file) => needs.get(file)!);
      const provided = providedNamespaces(provider)!;
      const unused = provided.filter(
        (one) => !used.some((namespace) => covers([one], namespace) || covers([namespace], one)),
      );
      expect(unused, `${provider} sends namespaces nothing uses`).toEqual([]);
      expect(() => pickMessages(english, provided)).not.toThrow();
      // one list per file, so that the one read here is the one sent
      const source = readFileSync(path.join(root, provider), "utf8");
      expect(source.match(/<ClientMessages\b/g)).toHaveLength(1);
    }
  });
});
