import { expect, test } from "@playwright/test";
import { createAccount, withDeskDatabase } from "../support/desk";
import { anonymousClient, uniqueTag } from "./support";

/**
 * Password guessing through Auth.js's own endpoint, the way a script would:
 * 100 wrong passwords for one account within a minute, each from a
 * different X-Forwarded-For (which a client can write itself, so changing it
 * must not help). After five the account is locked and even the right
 * password is refused; guesses sent together do not slip past the count.
 * The address the throttle counts is the connection's, not the one claimed.
 * And an unknown email gets the same answer as a wrong password, in about
 * the same time, so the answers do not reveal who has an account.
 */

let addressCounter = 0;
/** A different documentation address (RFC 5737) for every attempt. */
const nextAddress = () => {
  addressCounter += 1;
  return `198.51.100.${addressCounter % 250}, 203.0.113.${Math.floor(addressCounter / 250) % 250}`;
};

type Outcome = { answer: string; ms: number };

/** One sign-in attempt; the answer is where Auth.js sends the browser: the desk, or why not. */
async function attempt(
  email: string,
  password: string,
  forwardedFor = nextAddress(),
): Promise<Outcome> {
  const client = await anonymousClient({ forgedCookie: false });
  const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const started = performance.now();
  const response = await client.post("/api/auth/callback/credentials", {
    headers: { "x-forwarded-for": forwardedFor },
    form: { email, password, csrfToken, callbackUrl: "/claims" },
    maxRedirects: 0,
  });
  const ms = performance.now() - started;
  await client.dispose();
  const location = new URL(response.headers()["location"] ?? "/", "http://desk");
  const answer =
    location.pathname === "/login"
      ? `${location.searchParams.get("error")}:${(location.searchParams.get("code") ?? "").split(":")[0]}`
      : `signed in at ${location.pathname}`;
  return { answer, ms };
}

test("100 wrong passwords in a minute lock the account, whatever address they claim", async () => {
  test.setTimeout(90_000);
  const account = await createAccount("reviewer");
  const started = Date.now();
  const outcomes: Outcome[] = [];
  // five scripts guessing at once
  for (let round = 0; round < 20; round += 1) {
    outcomes.push(
      ...(await Promise.all(
        Array.from({ length: 5 }, (_, i) => attempt(account.email, `guess-${round}-${i}`)),
      )),
    );
  }
  expect(Date.now() - started).toBeLessThan(60_000);
  const answers = outcomes.map((outcome) => outcome.answer);
  expect(new Set(answers)).toEqual(
    new Set(["CredentialsSignin:invalid", "CredentialsSignin:locked"]),
  );
  // five failures lock the email: each guess is counted before its password is checked, so
  // guesses sent together cannot all read the count from before any of them
  const checked = answers.filter((answer) => answer === "CredentialsSignin:invalid").length;
  expect(checked).toBe(5);
  expect(answers.slice(-50).every((answer) => answer === "CredentialsSignin:locked")).toBe(true);

  // the right password does not get through while it is locked
  expect((await attempt(account.email, account.password)).answer).toBe("CredentialsSignin:locked");
  const sessions = await withDeskDatabase(async (db) => {
    const { rows } = await db.query("select last_login_at from users where id = $1", [account.id]);
    return rows[0]!.last_login_at;
  });
  expect(sessions).toBeNull();
});

test("a forged X-Forwarded-For does not spread one client over many addresses", async () => {
  const tag = uniqueTag();
  const emails = Array.from({ length: 6 }, (_, i) => `spread-${i}-${tag}@e2e.test`);
  for (const [i, email] of emails.entries()) {
    await attempt(email, "not-the-password", `192.0.2.${i + 1}`);
  }
  const addresses = await withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ ip: string }>(
      "select distinct ip from login_attempts where email = any($1)",
      [emails],
    );
    return rows.map((row) => row.ip);
  });
  // one client, one address: the connection's, none of those it claimed
  expect(addresses).toHaveLength(1);
  expect(addresses[0]).not.toMatch(/^192\.0\.2\./);
  expect(addresses[0]).not.toBe("unknown");
});

test("an unknown email and a wrong password get the same answer in about the same time", async () => {
  test.setTimeout(90_000);
  const tag = uniqueTag();
  const accounts = await Promise.all(Array.from({ length: 8 }, () => createAccount("reviewer")));
  const wrongPassword: Outcome[] = [];
  const unknownEmail: Outcome[] = [];
  // interleaved, one attempt per email, so neither side meets the throttle's delay
  for (const [i, account] of accounts.entries()) {
    wrongPassword.push(await attempt(account.email, "not-the-password-at-all"));
    unknownEmail.push(await attempt(`nobody-${i}-${tag}@e2e.test`, "not-the-password-at-all"));
  }
  const answers = new Set([...wrongPassword, ...unknownEmail].map((outcome) => outcome.answer));
  expect(answers).toEqual(new Set(["CredentialsSignin:invalid"]));

  const median = (outcomes: Outcome[]) => {
    const sorted = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
    return (sorted[3]! + sorted[4]!) / 2;
  };
  const [known, unknown] = [median(wrongPassword), median(unknownEmail)];
  // both pay for one argon2 verification; a skipped one would show as a gap of its whole cost
  test.info().annotations.push({
    type: "timing",
    description: `median wrong password ${known.toFixed(0)} ms, unknown email ${unknown.toFixed(0)} ms`,
  });
  expect(Math.abs(known - unknown)).toBeLessThan(Math.max(known, unknown) * 0.35 + 25);
});
