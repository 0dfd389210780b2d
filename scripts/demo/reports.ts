/**
 * Demo reports: the five Arabic source reports in ../shared/reports, one
 * record each. Metadata is only what the text itself tells: an outlet,
 * author, URL or publication date the page does not state stays null and is
 * never guessed (see ../shared/reports/README.md). Titles are English
 * translations of each report's headline, or a description where the page
 * has none.
 */
import type { DemoReport } from "./types";

export const demoReports: DemoReport[] = [
  {
    key: "r000",
    file: "000_45387d8a103eb0e0.txt",
    // Undated Arabic news page ("4 hours ago"); the outlet is not named.
    // The story cites the Russian Nezavisimaya Gazeta and a document dated
    // 13 September 2025, so it was published after that date.
    title:
      "Leaked secret document reveals military cooperation between the Taliban and China: what are the details?",
    outlet: null,
    author: null,
    url: null,
    publishedOn: null,
    language: "ar",
  },
  {
    key: "r001",
    file: "001_56697dad0a47d7cc.txt",
    // Arabic news site ("World news" section); outlet, author and date are
    // not stated. The events point to about September 2021.
    title:
      'US report reveals "secret" cooperation between the Taliban and Pakistan in an important field',
    outlet: null,
    author: null,
    url: null,
    publishedOn: null,
    language: "ar",
  },
  {
    key: "r002",
    file: "002_c16f0ff1c7532b47.txt",
    // Untitled opinion/analysis page; the disclaimer at the end refers to
    // "the author" without naming them. Written July 2025 or later.
    title:
      "Russia's recognition of the Taliban government and what two leaked Taliban documents reveal (analysis)",
    outlet: null,
    author: null,
    url: null,
    publishedOn: null,
    language: "ar",
  },
  {
    key: "r003",
    file: "003_d2f86d47b56e0306.txt",
    // The cover gives only a month ("July 2026"), so publishedOn stays null
    // rather than inventing a day. Contact given: info@almarfacenter.org.
    title:
      "The Russia–Taliban military-technical agreement: its implications, limits and regional repercussions (position paper)",
    outlet: "Knowledge Center for Strategy Researches and Studies",
    author: "Amr El-Metwally",
    url: null,
    publishedOn: null,
    language: "ar",
  },
  {
    key: "r004",
    file: "004_0989090da91b886a.txt",
    // Dated "27-August-2021" at the top; by "Ultra Sawt - translation team".
    title:
      "US forces provided air support to the Taliban in its operations against the Islamic State's Khorasan Province (Wall Street Journal)",
    outlet: "Ultra Sawt",
    author: "Ultra Sawt translation team",
    url: null,
    publishedOn: "2021-08-27",
    language: "ar",
  },
];
