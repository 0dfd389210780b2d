import { describe, expect, it } from "vitest";
import { connectionOptions } from "./planner-settings";

describe("connectionOptions", () => {
  it("starts every connection with the desk's random_page_cost", () => {
    expect(connectionOptions("postgres://desk_web:secret@db.example:5432/desk")).toBe(
      "-c random_page_cost=1.1",
    );
  });

  it("keeps the address's own options, after the desk's so that they win", () => {
    const url = `postgres://db.example/desk?options=${encodeURIComponent("-c random_page_cost=2 -c work_mem=8MB")}`;
    expect(connectionOptions(url)).toBe(
      "-c random_page_cost=1.1 -c random_page_cost=2 -c work_mem=8MB",
    );
  });

  it("takes an address that is not a URL as having no options of its own", () => {
    expect(connectionOptions("/var/run/postgresql")).toBe("-c random_page_cost=1.1");
  });
});
