/**
 * People and how they sign in: accounts, their sessions, invite and reset
 * links, API tokens, the sign-in attempts that throttling counts, and the
 * counts behind the other rate limits.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { userRole, accountTokenPurpose, interfaceLanguage, digitStyle } from "./enums";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: userRole("role").notNull().default("reviewer"),
    /** argon2id; null until an invited user sets a password */
    passwordHash: text("password_hash"),
    active: boolean("active").notNull().default(true),
    /** bumped to end every session of this user at their next request */
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    /** set from the browser's Accept-Language at the first sign-in, then by the person */
    interfaceLanguage: interfaceLanguage("interface_language"),
    digitStyle: digitStyle("digit_style").notNull().default("western"),
  },
  (t) => [uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`)],
);

/** One-time invite and password-reset links; only a hash of the token is kept. */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    purpose: accountTokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("account_tokens_token_hash_key").on(t.tokenHash)],
);

/** Personal API tokens for editors' export scripts; only a hash is kept. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("api_tokens_token_hash_key").on(t.tokenHash)],
);

/** Every sign-in attempt, so throttling holds across app instances. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    succeeded: boolean("succeeded").notNull(),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("login_attempts_email_time_idx").on(t.email, t.attemptedAt),
    index("login_attempts_ip_time_idx").on(t.ip, t.attemptedAt),
  ],
);

/**
 * One signed-in session, named in its cookie (the token's `sid`), so that it
 * lives by the server's clock: it ends at sign-out even if its cookie was
 * copied, after SESSION_IDLE_HOURS without a request, and SESSION_MAX_DAYS
 * after sign-in however often its cookie is renewed (lib/auth/sessions.ts).
 * Ending every session of an account is the account's session version.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    /** moved on by requests, at most once a minute */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * How many times a person (or an API token) did something rate-limited in a
 * fixed window of time: one row per subject and window, counted up in place
 * (lib/rate-limits.ts), so every app instance sees the same count.
 */
export const rateLimitWindows = pgTable(
  "rate_limit_windows",
  {
    /** what is limited: "comment", "report_import", "export", "api_token", "anonymous_refusal" */
    bucket: text("bucket").notNull(),
    /** whose: a user's or a token's id, or a client address */
    subject: text("subject").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull(),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.subject, t.windowStart] })],
);

/** A user's row as stored, password hash included: for the code that signs in and sets passwords. */
export type UserRecord = typeof users.$inferSelect;
/**
 * A user as the rest of the desk sees them (the signed-in actor above all):
 * the password hash stays in the few places that check or set it, so no page,
 * prop or log line can carry it by accident.
 */
export type User = Omit<UserRecord, "passwordHash">;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;

/**
 * An account that put the dashboard's first steps away. A display
 * preference of one person: not on the audit trail (lib/first-steps/).
 */
export const firstStepsDismissals = pgTable("first_steps_dismissals", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id),
  dismissedAt: timestamp("dismissed_at", { withTimezone: true }).notNull().defaultNow(),
});
