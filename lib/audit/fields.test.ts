import { execFileSync } from "node:child_process";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import arabic from "@/lib/i18n/messages/ar";
import english from "@/lib/i18n/messages/en";

/**
 * Every field the data layer records in an audit event's before and after
 * has a name in the `fields` catalogue, so the audit log and a card's
 * History never show a key as the code spells it. The fields are found by
 * the type checker, not listed by hand: the type of each `before`, `after`
 * (and refusal detail) given to recordAudit, recordClaimChange or a refusal,
 * so a key added to a write's payload fails here until it is named.
 */

/** the writers whose object literal carries `action` with `before`/`after` */
const PAYLOADS = ["before", "after"];
/**
 * Writers that take a payload as an argument: a refusal's detail (actor,
 * attempted, detail) or (address, holder, attempted, detail), and the demo
 * seed's events (action, entity type, id, after).
 */
const PAYLOAD_ARGUMENT: Record<string, number> = {
  recordRefusal: 2,
  recordSignedOutRefusal: 3,
  seedEvent: 3,
};
/** what a refusal adds to the detail it is given (lib/audit/refusal.ts) */
const ADDED_BY_REFUSALS = ["ip"];
/** pass-throughs, whose payloads are their callers' (`unknown` here) */
const PASS_THROUGH = new Set([
  "lib/audit/record.ts",
  "lib/audit/refusal.ts",
  "lib/claims/record-change.ts",
]);

function writerFiles(): string[] {
  const found = execFileSync(
    "git",
    [
      "grep",
      "-lE",
      "recordAudit\\(|recordClaimChange\\(|recordRefusal\\(|recordSignedOutRefusal\\(|seedEvent\\(",
      "--",
      "lib",
      "app",
      "scripts",
    ],
    { encoding: "utf8" },
  );
  return found
    .split("\n")
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .filter((file) => !PASS_THROUGH.has(file));
}

type Found = { keys: Map<string, string>; untyped: string[] };

function recordedFields(): Found {
  const files = writerFiles();
  const config = ts.getParsedCommandLineOfConfigFile(
    "tsconfig.json",
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )!;
  const program = ts.createProgram(files, { ...config.options, incremental: false, noEmit: true });
  const checker = program.getTypeChecker();
  const keys = new Map<string, string>();
  const untyped: string[] = [];

  const collect = (expression: ts.Expression, file: string) => {
    const type = checker.getTypeAtLocation(expression);
    const where = `${file}:${ts.getLineAndCharacterOfPosition(expression.getSourceFile(), expression.getStart()).line + 1}`;
    for (const part of type.isUnion() ? type.types : [type]) {
      if (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) continue;
      const indexed = checker.getIndexInfosOfType(part).length > 0;
      const properties = checker.getPropertiesOfType(part);
      // a payload whose keys the checker cannot list (unknown, object, a Record of string)
      if (indexed || properties.length === 0)
        untyped.push(`${where} ${checker.typeToString(part)}`);
      for (const property of properties)
        if (!keys.has(property.name)) keys.set(property.name, where);
    }
  };

  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not in the program`);
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const names = node.properties.map((p) =>
          p.name && ts.isIdentifier(p.name) ? p.name.text : "",
        );
        if (names.includes("action")) {
          for (const property of node.properties) {
            if (!property.name || !ts.isIdentifier(property.name)) continue;
            if (!PAYLOADS.includes(property.name.text)) continue;
            if (ts.isPropertyAssignment(property)) collect(property.initializer, file);
            else if (ts.isShorthandPropertyAssignment(property)) collect(property.name, file);
          }
        }
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const index = PAYLOAD_ARGUMENT[node.expression.text];
        const detail = index === undefined ? undefined : node.arguments[index];
        if (detail) collect(detail, file);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  for (const key of ADDED_BY_REFUSALS) keys.set(key, "lib/audit/refusal.ts");
  return { keys, untyped };
}

describe("the audit trail's field names", () => {
  const found = recordedFields();

  it("finds the payloads of the desk's writers", () => {
    // a sanity floor: the scan reads the writers (a claim's statement, a rating's grade, a sign-in's ip)
    expect([...found.keys.keys()]).toEqual(
      expect.arrayContaining(["statement", "grade", "ip", "verdict", "interfaceLanguage"]),
    );
  });

  it("reads every payload's keys from its type (no unknown, object or Record of string)", () => {
    expect(found.untyped).toEqual([]);
  });

  it("has a name in the catalogue for every field recorded", () => {
    const unnamed = [...found.keys]
      // an account's email choices are keyed by notification kind, named in `notifications.kinds`
      .filter(([key]) => !Object.hasOwn(english.fields, key))
      .filter(([key]) => !Object.hasOwn(english.notifications.kinds, key))
      .map(([key, where]) => `${key} (${where})`);
    expect(unnamed).toEqual([]);
  });

  it("names the same fields in Arabic", () => {
    expect(Object.keys(arabic.fields).sort()).toEqual(Object.keys(english.fields).sort());
  });
}, 60_000);
