import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoClaims } from "@/scripts/demo/claims";
import { demoReports } from "@/scripts/demo/reports";
import { type FoundDate, findDates } from "./dates";

const reportsDir = path.resolve(__dirname, "../../../shared/reports");

/** The dates found, each as [the text matched, iso, precision]. */
function found(text: string): Array<[string, string, FoundDate["precision"]]> {
  return findDates(text).map((date) => [
    text.slice(date.start, date.end),
    date.iso,
    date.precision,
  ]);
}

describe("findDates: Arabic", () => {
  it("reads day, month and year in Western and Arabic-Indic digits", () => {
    expect(found("في 3 يوليو 2025")).toEqual([["3 يوليو 2025", "2025-07-03", "day"]]);
    expect(found("في ٣ يوليو ٢٠٢٥")).toEqual([["٣ يوليو ٢٠٢٥", "2025-07-03", "day"]]);
    expect(found("يورو نيوز، ٤ يوليو ٢٠٢٥، متاح")).toEqual([["٤ يوليو ٢٠٢٥", "2025-07-04", "day"]]);
  });

  it("reads both month systems and the two written together", () => {
    expect(found("كانون الثاني 2024")).toEqual([["كانون الثاني 2024", "2024-01-01", "month"]]);
    expect(found("في تموز/يوليو 2025")).toEqual([["تموز/يوليو 2025", "2025-07-01", "month"]]);
    expect(found("مطلع شهر يوليو (تموز) 2025 تطورًا")).toEqual([
      ["شهر يوليو (تموز) 2025", "2025-07-01", "month"],
    ]);
    expect(found("خلال يونيو/ حزيران 2025،")).toEqual([
      ["يونيو/ حزيران 2025", "2025-06-01", "month"],
    ]);
    expect(found("في تشرين الأول/أكتوبر 2020،")).toEqual([
      ["تشرين الأول/أكتوبر 2020", "2020-10-01", "month"],
    ]);
    expect(found("يوليو / تموز 2026م")).toEqual([["يوليو / تموز 2026م", "2026-07-01", "month"]]);
  });

  it("accepts spelling variants of month names", () => {
    expect(found("في إبريل لعام ٢٠٢٤،")).toEqual([["إبريل لعام ٢٠٢٤", "2024-04-01", "month"]]);
    expect(found("أبريل 2025 و ابريل 2026")).toEqual([
      ["أبريل 2025", "2025-04-01", "month"],
      ["ابريل 2026", "2026-04-01", "month"],
    ]);
    expect(found("1 يونية 2020")).toEqual([["1 يونية 2020", "2020-06-01", "day"]]);
  });

  it("reads ordinal day words", () => {
    expect(found("في الثالث عشر من سبتمبر/ أيلول 2025، أعدت")).toEqual([
      ["الثالث عشر من سبتمبر/ أيلول 2025", "2025-09-13", "day"],
    ]);
    expect(found("في الثالث من يوليو (تموز) 2025،")).toEqual([
      ["الثالث من يوليو (تموز) 2025", "2025-07-03", "day"],
    ]);
    expect(found("السابع والعشرون من مايو لعام ٢٠٢٦")).toEqual([
      ["السابع والعشرون من مايو لعام ٢٠٢٦", "2026-05-27", "day"],
    ]);
    expect(found("في الأول من كانون الأول 2023")).toEqual([
      ["الأول من كانون الأول 2023", "2023-12-01", "day"],
    ]);
    expect(found("الحادي والثلاثون من ديسمبر 2020")).toEqual([
      ["الحادي والثلاثون من ديسمبر 2020", "2020-12-31", "day"],
    ]);
  });

  it("reads a dateline with hyphens", () => {
    expect(found("27-أغسطس-2021")).toEqual([["27-أغسطس-2021", "2021-08-27", "day"]]);
  });

  it("takes a missing year from the last date given, and says it did", () => {
    const text = "27-أغسطس-2021 ... عام 2014 ... يوم الإثنين 23 آب/أغسطس، دون الكشف";
    const dates = findDates(text);
    expect(dates.map((date) => date.iso)).toEqual(["2021-08-27", "2014-01-01", "2021-08-23"]);
    expect(dates[2]?.yearInferred).toBe(true);
    expect(dates[0]?.yearInferred).toBeUndefined();
  });

  it("reads a range that names the year once", () => {
    const text = "من السادس والعشرون من مايو لعام ٢٠٢٦ وحتى التاسع والعشرون من مايو لنفس العام";
    expect(findDates(text).map((date) => date.iso)).toEqual(["2026-05-26", "2026-05-29"]);
  });

  it("skips a yearless date when the text never gave a year", () => {
    expect(findDates("اللقاء حصل يوم 23 آب/أغسطس")).toEqual([]);
  });
});

describe("findDates: English and ISO", () => {
  it("reads the common English forms", () => {
    expect(found("on July 3, 2025.")).toEqual([["July 3, 2025", "2025-07-03", "day"]]);
    expect(found("on 3 July 2025.")).toEqual([["3 July 2025", "2025-07-03", "day"]]);
    expect(found("in July 2025.")).toEqual([["July 2025", "2025-07-01", "month"]]);
    expect(found("the 3rd of July, 2025")).toEqual([
      ["the 3rd of July, 2025", "2025-07-03", "day"],
    ]);
    expect(found("Sept. 13, 2025")).toEqual([["Sept. 13, 2025", "2025-09-13", "day"]]);
    expect(found("NICE,December 17,2025,")).toEqual([["December 17,2025", "2025-12-17", "day"]]);
  });

  it("reads ISO dates", () => {
    expect(found("signed 2025-07-03 in Moscow")).toEqual([["2025-07-03", "2025-07-03", "day"]]);
  });

  it("rejects days that do not exist", () => {
    expect(findDates("2025-02-30")).toEqual([]);
    expect(found("February 30, 2025")).toEqual([]);
  });
});

describe("findDates: bare years", () => {
  it("reads years 19xx and 20xx in both digit sets", () => {
    expect(found("منذ عام 2003 إبّان")).toEqual([["2003", "2003-01-01", "year"]]);
    expect(found("عام ٢٠٢١ حافظت")).toEqual([["٢٠٢١", "2021-01-01", "year"]]);
    expect(found("in 1999 and 2001")).toEqual([
      ["1999", "1999-01-01", "year"],
      ["2001", "2001-01-01", "year"],
    ]);
  });

  it("does not read a year inside a larger date or number", () => {
    expect(found("3 July 2025")).toHaveLength(1);
    expect(findDates("تقرير 202606256282 و 12019 و 2,000 و 1.2020")).toEqual([]);
  });

  it("does not read a count as a year", () => {
    expect(findDates("حوالي 2000 مسلح")).toEqual([]);
    expect(findDates("more than 2000 troops")).toEqual([]);
    expect(findDates("ارتفع 2020% ")).toEqual([]);
    expect(findDates("منذ ٤ ساعات")).toEqual([]);
  });

  it("ignores dates inside links", () => {
    const text = "<https://arabic.euronews.com/2025/07/04/russia> 2024";
    expect(found(text)).toEqual([["2024", "2024-01-01", "year"]]);
  });
});

// Demo claims whose quote itself states the event date (others take it from
// the surrounding text). Their dates are the forms real reports use.
const claimsStatingTheirDate = [
  "r000-document-13-september-2025",
  "r000-israeli-drone-strike-iran-june-2025",
  "r000-emir-security-summer-2024",
  "r000-leadership-relies-on-china",
  "r002-recognition-early-july-2025",
  "r002-return-august-2021",
  "r002-delisting-april-2025",
  "r002-listed-since-2003",
  "r002-spief-2024-delegations",
  "r002-putin-ally-mid-2024",
  "r002-recognition-3-july-2025",
  "r002-gdi-document-7-july-2025",
  "r002-mod-arms-request-july-2025",
  "r003-agreement-27-may-2026",
  "r003-delisting-april-2024",
  "r003-recognition-july-2025",
  "r003-open-channels-since-2021",
  "r003-afintl-25-june-2026",
  "r003-euronews-first-country",
  "r004-meeting-kabul-23-august",
  "r004-airport-bombing-13-killed",
  "r004-pul-e-charkhi-15-august",
  "r004-iskp-emerged-2014",
  "r004-wapo-october-2020-air-support",
  "r004-withdrawal-31-august",
];

describe.skipIf(!fs.existsSync(reportsDir))("findDates on the five reports", () => {
  it.each(claimsStatingTheirDate)("finds the event date in the quote of %s", (claimKey) => {
    const claim = demoClaims.find((candidate) => candidate.key === claimKey);
    const report = demoReports.find((candidate) => candidate.key === claim?.reportKey);
    if (!claim || !report) throw new Error(`no demo claim ${claimKey}`);
    const text = fs.readFileSync(path.join(reportsDir, report.file), "utf8");
    const quoteStart = text.indexOf(claim.quote);
    const quoteEnd = quoteStart + claim.quote.length;
    const inQuote = findDates(text)
      .filter((date) => date.start >= quoteStart && date.end <= quoteEnd)
      .map((date) => [date.iso, date.precision]);
    expect(inQuote).toContainEqual([claim.eventDate, claim.eventDatePrecision]);
  });
});
