/**
 * The demo editor's assignments: each reviewer is handed the card that waits
 * only for their grade (the other two have rated it), so each demo account
 * opens to work in its own queue, one of them due tomorrow. Due dates count
 * from the day the seed runs, since a due date in the past is refused.
 */
import type { DemoAssignment } from "./types";

export const demoAssignments: DemoAssignment[] = [
  {
    claim: "r002-return-august-2021",
    assignee: "lina",
    dueInDays: 3,
    note: "Yours is the third grade this card needs; check the date against report 003's chronology.",
  },
  {
    claim: "r003-kabulov-framework-deal",
    assignee: "omar",
    dueInDays: 1,
    note: "Only your grade is missing. Kabulov is quoted second-hand: look for the interview itself.",
  },
  {
    claim: "r004-biden-speech-13-killed",
    assignee: "hana",
    dueInDays: 2,
    note: "Report 001 says 12 were killed; grade this one with the speech's own words in front of you.",
  },
];
