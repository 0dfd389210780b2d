import { describe, expect, it } from "vitest";
import { PASSWORD_MIN_LENGTH, passwordProblem } from "./password-policy";

const person = { email: "Layla.Haddad@desk.example", displayName: "Layla Haddad" };
const problem = (password: string) => passwordProblem(password, person);

describe("the password policy", () => {
  it("accepts a long passphrase and a long random string", () => {
    expect(problem("correct horse battery staple")).toBeNull();
    expect(problem("vG7#qL2!xR9m")).toBeNull();
    expect(problem("كلمة سر طويلة بما يكفي")).toBeNull();
  });

  it(`wants at least ${PASSWORD_MIN_LENGTH} characters, counted as characters not bytes`, () => {
    expect(problem("Tr0ub4dor&3")).toMatch(/at least 12/);
    expect(problem("ŝŝŝ🙂🙂🙂xyzab")).toMatch(/at least 12/); // 11 characters, more UTF-16 units
    expect(problem("x".repeat(1025))).toMatch(/at most/);
  });

  it("refuses passwords from the common-password list, whatever the case or decoration", () => {
    expect(problem("qwerty123456")).toMatch(/commonly used/);
    expect(problem("QWERTY123456")).toMatch(/commonly used/);
    expect(problem("1qaz2wsx3edc")).toMatch(/commonly used/);
    expect(problem("Sunshine2024!!")).toMatch(/commonly used/);
    expect(problem("!!Password123456")).toMatch(/commonly used/);
  });

  it("refuses the account's own email or name, decorated or not", () => {
    expect(problem("layla.haddad@desk.example")).toMatch(/email address or name/);
    expect(problem("LAYLA HADDAD")).toMatch(/email address or name/);
    expect(problem("Layla Haddad 2024")).toMatch(/email address or name/);
    expect(problem("layla.haddad1234")).toMatch(/email address or name/);
  });

  it("refuses repeated and sequential patterns", () => {
    expect(problem("aaaaaaaaaaaa")).toMatch(/repeated or sequential/);
    expect(problem("xyz!xyz!xyz!")).toMatch(/repeated or sequential/);
    expect(problem("3456789012345")).toMatch(/repeated or sequential/);
    expect(problem("nmlkjihgfedcba")).toMatch(/repeated or sequential/);
  });
});
