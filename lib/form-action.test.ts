import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { oncePerRequest } from "./once-per-request";

vi.mock("@/lib/i18n/get-translations", () => ({
  getTranslations: async () => (key: string) => key,
}));
// the caller, as the session check would find them
vi.mock("@/lib/auth/with-actor", () => ({
  withActor: (_name: string, run: (actor: { id: string }) => Promise<unknown>) =>
    run({ id: "reviewer" }),
}));

const { formAction } = await import("./form-action");

describe("formAction", () => {
  it("runs the action as one request: what it reads once per request, it reads once", async () => {
    let reads = 0;
    const readSession = oncePerRequest(async () => ++reads);
    const action = formAction("rating.save", z.object({}), async () => {
      // the action itself, then each sentence it answers in, asks who is calling
      const seen = [await readSession(), await readSession(), await readSession()];
      return `seen ${seen.join(",")}`;
    });
    expect(await action({ status: "idle" }, new FormData())).toEqual({
      status: "success",
      message: "seen 1,1,1",
    });
    // the next action is the next request
    expect(await action({ status: "idle" }, new FormData())).toMatchObject({
      message: "seen 2,2,2",
    });
  });
});
