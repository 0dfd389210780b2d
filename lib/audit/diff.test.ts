import { describe, expect, it } from "vitest";
import { diffAuditValues, prettyJson, WHOLE_VALUE } from "./diff";

describe("diffAuditValues", () => {
  it("lists the keys added, removed and changed, sorted, and the ones left alone", () => {
    const diff = diffAuditValues(
      { statement: "old", version: 1, tags: ["a"], gone: true },
      { statement: "new", version: 1, tags: ["a", "b"], added: "x" },
    );
    expect(diff.changes).toEqual([
      { key: "added", kind: "added", after: "x" },
      { key: "gone", kind: "removed", before: true },
      { key: "statement", kind: "changed", before: "old", after: "new" },
      { key: "tags", kind: "changed", before: ["a"], after: ["a", "b"] },
    ]);
    expect(diff.unchanged).toEqual(["version"]);
  });

  it("compares nested objects whatever their key order", () => {
    const diff = diffAuditValues({ where: { a: 1, b: 2 } }, { where: { b: 2, a: 1 } });
    expect(diff.changes).toEqual([]);
    expect(diff.unchanged).toEqual(["where"]);
  });

  it("treats a creation as all additions and a deletion as all removals", () => {
    expect(diffAuditValues(null, { name: "n", role: "editor" }).changes).toEqual([
      { key: "name", kind: "added", after: "n" },
      { key: "role", kind: "added", after: "editor" },
    ]);
    expect(diffAuditValues({ name: "n" }, undefined).changes).toEqual([
      { key: "name", kind: "removed", before: "n" },
    ]);
  });

  it("compares values that are not records whole", () => {
    expect(diffAuditValues([1], [1, 2]).changes).toEqual([
      { key: WHOLE_VALUE, kind: "changed", before: [1], after: [1, 2] },
    ]);
    expect(diffAuditValues(null, "text").changes).toEqual([
      { key: WHOLE_VALUE, kind: "added", after: "text" },
    ]);
    expect(diffAuditValues(3, 3)).toEqual({ changes: [], unchanged: [] });
    expect(diffAuditValues(null, null)).toEqual({ changes: [], unchanged: [] });
  });

  it("does not mistake a key named like an Object method for an existing one", () => {
    expect(diffAuditValues({}, { toString: 1 }).changes).toEqual([
      { key: "toString", kind: "added", after: 1 },
    ]);
  });
});

describe("prettyJson", () => {
  it("indents, and shows a missing side as null", () => {
    expect(prettyJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(prettyJson(undefined)).toBe("null");
  });
});
