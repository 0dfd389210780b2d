import { describe, expect, it } from "vitest";
import { redactUrl } from "./redact";

describe("redactUrl", () => {
  it("hides the password and keeps the rest, for start-up messages", () => {
    expect(redactUrl("postgres://desk:s3cr%40t@db.internal:5432/desk")).toBe(
      "postgres://desk:***@db.internal:5432/desk",
    );
    expect(redactUrl("postgres://db.internal/desk")).toBe("postgres://db.internal/desk");
    expect(redactUrl("not a url")).not.toContain("not a url");
  });
});
