import { describe, expect, it } from "vitest";
import { demoClaims } from "./claims";
import { demoEntities } from "./entities";
import { demoReportOutlets, demoSources, demoSourcesOf } from "./sources";

describe("the demo desk's sources", () => {
  it("gives every demo claim at least one source, each one the list knows", () => {
    const keys = new Set(demoSources.map((source) => source.key));
    for (const claim of demoClaims) {
      const named = demoSourcesOf(claim.attribution);
      expect(named.length, claim.attribution).toBeGreaterThan(0);
      for (const key of named) expect(keys.has(key), key).toBe(true);
    }
  });

  it("reads the attribution chains as a person would", () => {
    expect(
      demoSourcesOf(
        "Arabic news site, citing The Washington Post, citing two unnamed Taliban commanders",
      ),
    ).toEqual(["wapo", "taliban-commanders"]);
    expect(
      demoSourcesOf("Arabic news site, citing Nezavisimaya Gazeta, citing unnamed Afghan sources"),
    ).toEqual(["ng", "afghan-sources"]);
    expect(demoSourcesOf("Ultra Sawt (translation team)")).toEqual(["ultra-sawt"]);
  });

  it("gives Nezavisimaya Gazeta a record worth showing, and names existing entities with their kind", () => {
    const ng = demoClaims.filter((claim) => demoSourcesOf(claim.attribution).includes("ng"));
    expect(ng.length).toBeGreaterThanOrEqual(10);
    for (const source of demoSources) {
      const entity = demoEntities.find((e) => e.name.toLowerCase() === source.name.toLowerCase());
      if (entity) expect(entity.kind, source.name).toBe(source.kind);
    }
    expect(
      Object.values(demoReportOutlets).every((key) => demoSources.some((s) => s.key === key)),
    ).toBe(true);
  });
});
