import { describe, expect, it } from "vitest";
import { auditLogHref, parseAuditSearch, SYSTEM_ACTOR } from "./filters";

const userId = "6f6a6d2d-70a5-4e3c-9bf5-e8b774e8ed9c";

describe("parseAuditSearch", () => {
  it("reads every filter, times as UTC", () => {
    const search = parseAuditSearch({
      actor: userId,
      action: "claim.edit",
      entityType: "claim",
      entityId: " 42 ",
      from: "2025-03-01T14:30",
      to: "2025-03-01T15:00:30",
      before: "900",
    });
    expect(search.errors).toBeNull();
    expect(search.filters).toEqual({
      actor: userId,
      action: "claim.edit",
      entityType: "claim",
      entityId: "42",
      from: new Date("2025-03-01T14:30:00Z"),
      to: new Date("2025-03-01T15:00:30Z"),
    });
    expect(search.cursor).toEqual({ before: 900 });
  });

  it("treats the empty fields of a submitted form as no filter", () => {
    const search = parseAuditSearch({ actor: "", action: "", from: "", after: "12" });
    expect(search.filters).toEqual({});
    expect(search.input).toEqual({});
    expect(search.cursor).toEqual({ after: 12 });
  });

  it("accepts the system as an actor, and the first of repeated values", () => {
    expect(parseAuditSearch({ actor: [SYSTEM_ACTOR, userId] }).filters.actor).toBe(SYSTEM_ACTOR);
  });

  it("names the fields it cannot read and applies no filter", () => {
    const search = parseAuditSearch({
      actor: "someone",
      from: "2025-02-30T10:00",
      to: "yesterday",
      action: "claim.edit",
    });
    expect(search.filters).toEqual({});
    expect(search.cursor).toBeNull();
    expect(Object.keys(search.errors ?? {}).sort()).toEqual(["actor", "from", "to"]);
    expect(search.input.action).toBe("claim.edit");
  });

  it("refuses a range that ends before it starts", () => {
    const search = parseAuditSearch({ from: "2025-03-02T00:00", to: "2025-03-01T00:00" });
    expect(search.errors?.to?.[0]).toBe("audit.errors.toAfterFrom");
  });

  it("drops a cursor that is not a positive id", () => {
    expect(parseAuditSearch({ before: "-3" }).cursor).toBeNull();
    expect(parseAuditSearch({ before: "1e400" }).cursor).toBeNull();
    expect(parseAuditSearch({ after: "x" }).cursor).toBeNull();
  });
});

describe("auditLogHref", () => {
  it("keeps the filters as typed, leaves empty ones out, and adds the cursor", () => {
    expect(auditLogHref({ action: "claim.edit", entityId: "" }, { before: 10 })).toBe(
      "/admin/audit?action=claim.edit&before=10",
    );
    expect(auditLogHref({ from: "2025-03-01T14:30" }, { after: 3 })).toBe(
      "/admin/audit?from=2025-03-01T14%3A30&after=3",
    );
    expect(auditLogHref({})).toBe("/admin/audit");
  });

  it("round-trips through parseAuditSearch", () => {
    const href = auditLogHref({ actor: userId, entityType: "claim" }, { before: 5 });
    const params = Object.fromEntries(new URL(href, "http://desk").searchParams);
    const search = parseAuditSearch(params);
    expect(search.input).toEqual({ actor: userId, entityType: "claim" });
    expect(search.cursor).toEqual({ before: 5 });
  });
});
