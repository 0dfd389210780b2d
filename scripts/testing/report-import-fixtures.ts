import { newClaimSchema } from "@/lib/claims/claim-fields";

/** A two-paragraph article, Arabic then English, with the numbers and dates claims are made of. */
export const paragraphOne =
  "قال المتحدث باسم وزارة الدفاع في 13 سبتمبر 2025 إن 22 متدربا سافروا إلى الصين للتدريب على الرادارات.";
export const paragraphTwo =
  "According to the ministry, the training lasts six months and ends in March 2026, the document says.";
export const articleText = `${paragraphOne}\n\n${paragraphTwo}\n`;

/** What the import form asks of a report besides its text. */
export const metadata = (title: string) => ({
  title,
  outlet: "Test Outlet",
  author: null,
  url: "https://news.example/article",
  publishedOn: "2025-09-14",
  language: null,
});

/** A claim made from `quote` of the report, at the offsets a selection gives (none when pasted). */
export const claimInput = (reportId: number, quote: string, start?: number, end?: number) =>
  newClaimSchema.parse({
    reportId,
    statement: "Twenty-two trainees went to China for radar training.",
    quote,
    quoteStart: start === undefined ? "" : String(start),
    quoteEnd: end === undefined ? "" : String(end),
    attribution: "Ministry of Defence spokesman",
    eventDate: "2025-09-13",
  });
