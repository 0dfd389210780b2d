import { describe, expect, it } from "vitest";
import { deskEnvSchema } from "./env";

const problems = (environment: Record<string, string>) => {
  const parsed = deskEnvSchema.safeParse(environment);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the environment", () => {
  it("needs PUBLIC_URL once invite and reset links are emailed", () => {
    expect(problems({ SMTP_URL: "smtp://mail.example:587" })).toEqual([
      expect.stringMatching(/^PUBLIC_URL: is required when SMTP_URL is set/),
    ]);
    expect(
      problems({ SMTP_URL: "smtp://mail.example:587", PUBLIC_URL: "https://desk.example.org" }),
    ).toEqual([]);
    expect(problems({})).toEqual([]);
  });

  it("reads the session limits, with their defaults", () => {
    const defaults = deskEnvSchema.parse({});
    expect(defaults).toMatchObject({
      SESSION_MAX_DAYS: 7,
      SESSION_IDLE_HOURS: 12,
      LOGIN_ADDRESS_FAILURE_LIMIT: 30,
      DEMO_ALLOW_ON_EXTERNAL: false,
    });
    expect(problems({ SESSION_MAX_DAYS: "0" })).toEqual([
      expect.stringMatching(/^SESSION_MAX_DAYS/),
    ]);
    expect(problems({ SESSION_IDLE_HOURS: "soon" })).toEqual([
      expect.stringMatching(/^SESSION_IDLE_HOURS/),
    ]);
  });
});
