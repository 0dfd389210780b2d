import { describe, expect, it } from "vitest";
import { replayable, replayAs } from "./bare-pg";

const recorder = "11111111-1111-1111-1111-111111111111";
const other = "22222222-2222-2222-2222-222222222222";

describe("replayAs", () => {
  it("replays a recorded write as another person: their id wherever the recorder's was, nothing else", () => {
    const recorded = replayable([
      { lane: 1, text: "begin", values: [], start: 0, end: 1 },
      {
        lane: 1,
        text: "insert into rate_limit_windows (bucket, subject) values ($1, $2)",
        values: ["comment", recorder],
        start: 1,
        end: 2,
      },
      {
        lane: 1,
        text: "insert into comments (claim_id, author_id, body) values ($1, $2, $3)",
        values: ["7", recorder, { base64: "AA==" }],
        start: 2,
        end: 3,
      },
      { lane: 1, text: "commit", values: [], start: 3, end: 4 },
    ]);
    const replayed = replayAs(recorded, recorder, other);
    expect(replayed.waves.flat().map((query) => query.values)).toEqual([
      [],
      ["comment", other],
      ["7", other, { base64: "AA==" }],
      [],
    ]);
    expect(replayed.transactionLanes).toEqual([1]);
    // the recording itself is left as it was
    expect(recorded.waves.flat()[1]!.values).toEqual(["comment", recorder]);
    expect(replayAs(recorded, recorder, recorder)).toBe(recorded);
  });
});
