/**
 * The environment, validated once. Imported by next.config.ts so a malformed
 * value fails the build or start with a message naming the variable.
 * Values needed only at run time are optional here and demanded where used.
 */
import { z } from "zod";
import { databaseEnvSchema, parseEnvironment } from "../db/env"; // relative: next.config.ts loads this file without the @/ alias

const flag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

const settings = databaseEnvSchema.extend({
  AUTH_SECRET: z
    .string()
    .min(32, "must be at least 32 characters (openssl rand -base64 32)")
    .optional(),
  DEMO: flag.optional(),
  /** with DATABASE_URL: lets DEMO=1 create the demo accounts (known emails, printed password) there */
  DEMO_ALLOW_ON_EXTERNAL: flag.default(false),
  /** ratings needed before a claim's status leaves "in review" */
  CLAIM_QUORUM: z.coerce.number().int().min(1).max(50).default(3),
  /** trust the last X-Forwarded-For hop for the client address (behind a load balancer) */
  TRUST_PROXY: flag.default(false),
  /** a session ends this many days after sign-in, however active */
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** a session ends after this many hours without a request */
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  /** multiplies every rate limit (lib/rate-limits.ts); the bench and load test raise it */
  RATE_LIMIT_SCALE: z.coerce.number().min(0.1).max(100_000).default(1),
  /** failed sign-ins from one address within the throttle's window before it is locked */
  LOGIN_ADDRESS_FAILURE_LIMIT: z.coerce.number().int().min(5).max(100_000).default(30),
  /** the desk's public address, e.g. https://desk.example.org, for links it hands out (else the request's) */
  PUBLIC_URL: z.url().optional(),
  /** smtp(s)://user:pass@host:port; without it invite and reset links are only shown to the admin */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  /** the From of those emails, e.g. "Verification Desk <desk@example.org>" */
  MAIL_FROM: z.string().optional(),
  /** the hour (UTC) at which the daily notification digest is emailed */
  NOTIFICATION_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** how many days apart the desk fetches each evidence page again (lib/evidence/recheck.ts) */
  EVIDENCE_RECHECK_DAYS: z.coerce
    .number()
    .int("must be a whole number of days")
    .min(1, "must be at least 1 (day)")
    .max(365, "must be at most 365 (days)")
    .default(7),
  /** `0` runs no background jobs in this instance (another instance runs them) */
  DESK_JOBS: flag.default(true),
  /** `1`: where a rating splits the grades, the desk assigns the proposed deciding reviewer itself */
  AUTO_ASSIGN_DECIDING: flag.default(false),
  /** the organisation named as the author of ClaimReview exports */
  DESK_ORGANISATION_NAME: z.string().trim().min(1).max(200).default("Verification Desk"),
  /** ports the desk may fetch pages from besides 80 and 443, e.g. "8080,8443" */
  FETCH_ALLOWED_PORTS: z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, "must be port numbers separated by commas, e.g. 8080,8443")
    .transform((value) => value.split(",").map((port) => Number(port.trim())))
    .refine((ports) => ports.every((port) => port >= 1 && port <= 65535), "ports are 1 to 65535")
    .default([]),
  /**
   * Lets the fetcher reach loopback addresses (127.0.0.0/8, ::1) on any port,
   * for the test suites' fixture servers. Never set it on a desk people use:
   * every reviewer could then make the desk fetch from its own machine.
   */
  UNSAFE_FETCH_LOOPBACK_FOR_TESTS: flag.default(false),
});

/** Every setting, with the rules that tie two together. */
export const deskEnvSchema = settings.superRefine((value, context) => {
  // an emailed link built from a request's Host or X-Forwarded-Host could point anywhere
  if (value.SMTP_URL && !value.PUBLIC_URL) {
    context.addIssue({
      code: "custom",
      path: ["PUBLIC_URL"],
      message:
        "is required when SMTP_URL is set: emailed invite and reset links are built from it, never from a request's address",
    });
  }
});

export const env = parseEnvironment(deskEnvSchema);

if (env.UNSAFE_FETCH_LOOPBACK_FOR_TESTS) {
  console.warn(
    "[desk] UNSAFE_FETCH_LOOPBACK_FOR_TESTS is set: pages on this machine's loopback addresses can be fetched. Only the test suites may set it.",
  );
}
