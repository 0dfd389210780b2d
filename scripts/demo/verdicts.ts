/**
 * The demo editor's verdicts: only where the desk's own material supports
 * one, each with the reasoning an export's reader sees. They are the demo
 * seed's decisions about its own material (the header says so), not
 * findings about the world.
 */
import type { DemoVerdict } from "./types";

export const demoVerdicts: DemoVerdict[] = [
  {
    claim: "r003-recognition-july-2025",
    verdict: "verified",
    rationale:
      "Two reports agree: 002 dates Russia's announcement to 3 July 2025 and this paper puts the recognition in July 2025. The Euronews (Arabic) article the paper cites in its footnote 3, dated 4 July 2025, is headlined that Russia is the first country to officially recognise the Taliban government.",
  },
  {
    claim: "r004-headline-us-air-support",
    verdict: "misleading",
    rationale:
      'The headline states as fact what the body attributes to a Washington Post report of October 2020, and credits it to The Wall Street Journal. The body says the help came "at times", and Gen. McKenzie told the Senate the support was "very limited".',
  },
  {
    claim: "r003-delisting-april-2024",
    verdict: "unproven",
    rationale:
      "Report 002 puts the delisting in April 2025, this paper in April 2024, and neither cites a source for the date. Nothing the desk holds settles which is right.",
  },
];
