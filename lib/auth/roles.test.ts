import { describe, expect, it } from "vitest";
import { hasRole } from "./roles";

describe("roles", () => {
  it("are cumulative: admin ⊃ editor ⊃ reviewer", () => {
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("admin", "reviewer")).toBe(true);
    expect(hasRole("editor", "reviewer")).toBe(true);
    expect(hasRole("editor", "admin")).toBe(false);
    expect(hasRole("reviewer", "editor")).toBe(false);
    expect(hasRole("reviewer", "reviewer")).toBe(true);
  });
});
