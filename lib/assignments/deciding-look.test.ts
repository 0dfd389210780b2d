import { describe, expect, it } from "vitest";
import {
  gradesSplit,
  needsDecidingLook,
  proposeDecidingReviewer,
  type DecidingCandidate,
} from "./deciding-look";

const grades = (...pairs: string[]) =>
  pairs.map((pair) => ({
    reliability: pair[0] as "A" | "B" | "C" | "D" | "E" | "F",
    credibility: Number(pair.slice(1)),
  }));

const person = (
  id: string,
  openAssignments: number,
  more: Partial<DecidingCandidate> = {},
): DecidingCandidate => ({
  id,
  name: `Person ${id}`,
  active: true,
  role: "reviewer",
  openAssignments,
  ...more,
});

describe("when grades split", () => {
  it("needs the quorum and quartiles more than one grade apart on either scale", () => {
    expect(gradesSplit(grades("A1", "E5"), 3)).toBe(false); // short of the quorum
    expect(gradesSplit(grades("A1", "E5", "C3"), 3)).toBe(true);
    expect(gradesSplit(grades("B2", "B2", "C3"), 3)).toBe(false); // one grade apart
    expect(gradesSplit(grades("B1", "B5", "B3"), 3)).toBe(true); // credibility alone
    expect(gradesSplit(grades("A2", "E2", "C2"), 3)).toBe(true); // reliability alone
    // F and 6 cannot be judged and do not spread anything
    expect(gradesSplit(grades("F6", "F6", "B2"), 3)).toBe(false);
  });

  it("is not needed once a verdict stands or a deciding look was assigned", () => {
    const split = { ratings: grades("A1", "E5", "C3"), quorum: 3 };
    expect(
      needsDecidingLook({ ...split, lockedByVerdict: false, hasDecidingAssignment: false }),
    ).toBe(true);
    expect(
      needsDecidingLook({ ...split, lockedByVerdict: true, hasDecidingAssignment: false }),
    ).toBe(false);
    expect(
      needsDecidingLook({ ...split, lockedByVerdict: false, hasDecidingAssignment: true }),
    ).toBe(false);
  });
});

describe("whom the desk proposes", () => {
  const claim = { authorId: "author", raterIds: ["r1", "r2", "r3"], holderIds: ["holder"] };

  it("the lightest open queue among those who have not seen the grades", () => {
    const people = [
      person("author", 0),
      person("r1", 0),
      person("holder", 0),
      person("busy", 4),
      person("light", 1),
      person("gone", 0, { active: false }),
      person("admin", 0, { role: "admin" }),
    ];
    expect(proposeDecidingReviewer(people, claim)?.id).toBe("light");
  });

  it("an editor may be proposed as well as a reviewer", () => {
    const people = [person("busy", 3), person("editor", 2, { role: "editor" })];
    expect(proposeDecidingReviewer(people, claim)?.id).toBe("editor");
  });

  it("breaks ties by name, then id, whatever order the people come in", () => {
    const tied = [
      person("b", 1, { name: "Samira Haddad" }),
      person("a", 1, { name: "Hana Youssef" }),
      person("c", 1, { name: "Hana Youssef" }),
    ];
    expect(proposeDecidingReviewer(tied, claim)?.id).toBe("a");
    expect(proposeDecidingReviewer([...tied].reverse(), claim)?.id).toBe("a");
  });

  it("proposes nobody when everyone has rated, wrote the card or holds it", () => {
    expect(proposeDecidingReviewer([person("r1", 0), person("author", 0)], claim)).toBeNull();
    expect(proposeDecidingReviewer([], { authorId: null, raterIds: [], holderIds: [] })).toBeNull();
  });
});
