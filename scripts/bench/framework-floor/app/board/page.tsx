import { connection } from "next/server";
import { ClaimCard, ReportSelect, type FloorClaim } from "./board-markup";

// Made up, fixed data the size of a board page: 24 cards and a menu of 163
// reports (164 options with "All reports"). Built per request, as the desk
// builds its page from query rows, but without any data access.
const STATUSES = ["Unverified", "In review", "Supported", "Disputed", "Verdict: false"];
const QUOTES = [
  "قال المتحدث إن القافلة وصلت إلى المدينة صباح الثلاثاء بعد تأخير دام يومين.",
  "أفادت مصادر محلية بأن الجسر أغلق أمام حركة المرور منذ مساء الأحد.",
  "ذكر البيان أن عدد النازحين تجاوز ثلاثة آلاف شخص خلال الأسبوع الماضي.",
  "نفى المسؤول أي علاقة للوزارة بالصور المتداولة على وسائل التواصل.",
];

function reports(): Array<{ id: number; title: string }> {
  return Array.from({ length: 163 }, (_, i) => ({
    id: i + 1,
    title: `Field report ${i + 1}: situation update from the northern districts`,
  }));
}

function claims(menu: Array<{ id: number; title: string }>): FloorClaim[] {
  return Array.from({ length: 24 }, (_, i) => ({
    id: 1000 + i,
    statement: `Claim ${1000 + i}: the convoy reached the city two days later than the ministry announced`,
    status: STATUSES[i % STATUSES.length]!,
    quote: QUOTES[i % QUOTES.length]!,
    report: menu[(i * 7) % menu.length]!,
    eventDate: `2025-03-${String((i % 28) + 1).padStart(2, "0")}`,
    ratingCount: 20 + i,
    consensus: i % 3 === 0 ? "None yet" : `B${(i % 5) + 1}`,
    evidenceCount: i % 6,
  }));
}

export default async function BoardMarkupPage() {
  await connection();
  const menu = reports();
  return (
    <main>
      <h1>Claims</h1>
      <form>
        <ReportSelect reports={menu} />
      </form>
      <ul>
        {claims(menu).map((claim) => (
          <li key={claim.id}>
            <ClaimCard claim={claim} />
          </li>
        ))}
      </ul>
    </main>
  );
}
