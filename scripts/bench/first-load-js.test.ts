import { describe, expect, it } from "vitest";
import { firstLoadKeys, routeOf } from "./first-load-js";

describe("routeOf", () => {
  it("drops route groups and the page segment", () => {
    expect(routeOf("/(desk)/claims/page")).toBe("/claims");
    expect(routeOf("/(desk)/claims/[id]/compare/[otherId]/page")).toBe(
      "/claims/[id]/compare/[otherId]",
    );
    expect(routeOf("/page")).toBe("/");
  });
});

describe("firstLoadKeys", () => {
  it("names the layouts and boundaries on the route's path and its page, not the not-found pages", () => {
    const keys = firstLoadKeys("/(desk)/claims/page");
    expect(keys).toContain("[project]/app/layout");
    expect(keys).toContain("[project]/app/(desk)/layout");
    expect(keys).toContain("[project]/app/(desk)/claims/error");
    expect(keys).toContain("[project]/app/(desk)/claims/page");
    expect(keys).not.toContain("[project]/app/not-found");
    expect(keys).not.toContain("[project]/app/(desk)/claims/[id]/page");
  });
});
