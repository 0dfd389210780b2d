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
    expect(problem("Tr0ub4dor&3")).toBe("tooShort");
    expect(problem("ŝŝŝ🙂🙂🙂xyzab")).toBe("tooShort"); // 11 characters, more UTF-16 units
    expect(problem("x".repeat(1025))).toBe("tooLong");
  });

  it("refuses passwords from the common-password list, whatever the case or decoration", () => {
    expect(problem("qwerty123456")).toBe("common");
    expect(problem("QWERTY123456")).toBe("common");
    expect(problem("1qaz2wsx3edc")).toBe("common");
    expect(problem("Sunshine2024!!")).toBe("common");
    expect(problem("!!Password123456")).toBe("common");
  });

  it("refuses the account's own email or name, decorated or not", () => {
    expect(problem("layla.haddad@desk.example")).toBe("personal");
    expect(problem("LAYLA HADDAD")).toBe("personal");
    expect(problem("Layla Haddad 2024")).toBe("personal");
    expect(problem("layla.haddad1234")).toBe("personal");
  });

  it("refuses repeated and sequential patterns", () => {
    expect(problem("aaaaaaaaaaaa")).toBe("pattern");
    expect(problem("xyz!xyz!xyz!")).toBe("pattern");
    expect(problem("3456789012345")).toBe("pattern");
    expect(problem("nmlkjihgfedcba")).toBe("pattern");
  });
});
