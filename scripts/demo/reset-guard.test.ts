import { describe, expect, it } from "vitest";
import { demoAccountEmails } from "@/lib/demo/accounts";
import { externalResetRefusal } from "./reset-guard";

describe("which DATABASE_URL demo:reset may wipe", () => {
  it("wipes a database named as a demo that holds only demo accounts, or none", () => {
    for (const name of ["desk_demo", "demo", "demo-desk", "Verification_Demo_2"]) {
      expect(externalResetRefusal({ name, accountEmails: demoAccountEmails })).toBeNull();
      expect(externalResetRefusal({ name, accountEmails: [] })).toBeNull();
    }
    expect(
      externalResetRefusal({ name: "desk_demo", accountEmails: ["ADMIN@demo.test"] }),
    ).toBeNull();
  });

  it("refuses a database whose name does not say demo, whatever it holds", () => {
    for (const name of ["desk", "production", "demolition", "desk_demos", "postgres"]) {
      expect(externalResetRefusal({ name, accountEmails: [] })).toMatch(/not plainly a demo/);
    }
  });

  it("refuses a demo-named database that holds anyone else's account", () => {
    expect(
      externalResetRefusal({
        name: "desk_demo",
        accountEmails: [...demoAccountEmails, "editor@newsroom.example"],
      }),
    ).toMatch(/1 account besides the demo accounts/);
  });
});
