import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * An event on a claim card is written through recordClaimChange, which also
 * tells open pages and boards (the live feed). A plain recordAudit on a claim
 * records the event and leaves other viewers' pages as they were.
 */

const RECORD_CHANGE = "lib/claims/record-change.ts";

/** `file:line` of every recordAudit call whose event is on a claim. */
function plainClaimEvents(): string[] {
  const files = execFileSync("git", ["grep", "-l", "recordAudit(", "--", "lib", "app", "scripts"], {
    encoding: "utf8",
  })
    .split("\n")
    .filter(
      (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && file !== RECORD_CHANGE,
    );
  const found: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "recordAudit"
      ) {
        const event = node.arguments[1];
        const onClaim =
          event &&
          ts.isObjectLiteralExpression(event) &&
          event.properties.some(
            (property) =>
              ts.isPropertyAssignment(property) &&
              ts.isIdentifier(property.name) &&
              property.name.text === "entityType" &&
              ts.isStringLiteral(property.initializer) &&
              property.initializer.text === "claim",
          );
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        if (onClaim) found.push(`${file}:${line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe("events on a claim card", () => {
  it("are all written through recordClaimChange, so open pages hear of them", () => {
    expect(plainClaimEvents()).toEqual([]);
  });
});
