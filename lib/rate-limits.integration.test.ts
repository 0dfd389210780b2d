import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/tokens";
import { createComment } from "@/lib/discussion/write";
import { runExport } from "@/lib/export/run";
import { defaultExportSelection } from "@/lib/export/selection";
import { importReport } from "@/lib/reports/import";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { wordsOf } from "@/lib/i18n/translator";
import { limitOf, RateLimited, rateLimits, type RateLimitKind } from "./rate-limits";

/** Waits out the last seconds of a window, so a test's burst is counted in one window. */
async function clearOfWindowEdge(kind: RateLimitKind) {
  const windowMs = rateLimits[kind].windowSeconds * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < 5_000) await new Promise((resolve) => setTimeout(resolve, left + 200));
}

/** The outcome of each attempt: "ok", or the refusal's message. */
const outcomes = (attempts: Array<Promise<unknown>>) =>
  Promise.all(
    attempts.map((attempt) =>
      attempt.then(
        () => "ok",
        (error: unknown) => {
          if (error instanceof RateLimited) return inEnglish(error.message, error.values);
          throw error;
        },
      ),
    ),
  );

const english = wordsOf("en", "rateLimits");
/** A refusal as an English reader reads it. */
const inEnglish = (key: string, values?: Record<string, string | number>) =>
  english(key.replace(/^rateLimits\./, ""), values);

const tryAgain = /Try again in \d+ s\.$/;

describe("rate limits", () => {
  it("comments: a person's allowance is counted exactly, even sent all at once, and said when it ends", async () => {
    const reviewer = await makeUser("reviewer");
    const { id: claimId } = await makeClaim();
    const limit = limitOf("comment");
    await clearOfWindowEdge("comment");
    const results = await outcomes(
      Array.from({ length: limit + 5 }, (_, i) =>
        createComment(reviewer, { claimId, body: `Comment ${i}` }),
      ),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(limit);
    const refusals = results.filter((r) => r !== "ok");
    expect(refusals).toHaveLength(5);
    expect(refusals[0]).toMatch(
      /^You have posted a lot of comments just now\. Try again in \d+ s\.$/,
    );
    const seconds = Number(refusals[0]!.match(/in (\d+) s/)![1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    // another person's comments are theirs to count
    const other = await makeUser("reviewer");
    await expect(createComment(other, { claimId, body: "Mine." })).resolves.toBeDefined();
  });

  it("report imports: the allowance an hour, refused with the wait in seconds", async () => {
    const reviewer = await makeUser("reviewer");
    const metadata = (i: number) => ({
      title: `Limited ${i}`,
      outlet: null,
      author: null,
      url: null,
      publishedOn: null,
      language: null,
    });
    const limit = limitOf("report_import");
    await clearOfWindowEdge("report_import");
    const results = await outcomes(
      Array.from({ length: limit + 1 }, (_, i) =>
        importReport(reviewer, metadata(i), `Report number ${i} ${reviewer.id}.\n`),
      ),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(limit);
    expect(results.find((r) => r !== "ok")).toMatch(tryAgain);
  });

  it("exports and API token use: each with its own allowance", async () => {
    const editor = await makeUser("editor");
    const { id: tokenId } = await createApiToken(editor, { name: "Nightly" });
    const run = (via: "session" | "api_token") =>
      runExport(editor, {
        selection: defaultExportSelection,
        format: "csv",
        publicUrl: "https://desk.example.org",
        channel: via === "session" ? { via } : { via, tokenId },
      });

    const tokenLimit = limitOf("api_token");
    await clearOfWindowEdge("export");
    const byToken = await outcomes(Array.from({ length: tokenLimit + 1 }, () => run("api_token")));
    expect(byToken.filter((r) => r === "ok")).toHaveLength(tokenLimit);
    expect(byToken.find((r) => r !== "ok")).toMatch(
      /^This API token has been used a lot just now\. Try again in/,
    );

    // the person's own exports have an allowance of their own, the token's uses counted in it
    const left = limitOf("export") - (tokenLimit + 1);
    const bySession = await outcomes(Array.from({ length: left + 1 }, () => run("session")));
    expect(bySession.filter((r) => r === "ok")).toHaveLength(left);
    expect(bySession.find((r) => r !== "ok")).toMatch(
      /^You have run a lot of exports just now\. Try again in/,
    );
  });
});
