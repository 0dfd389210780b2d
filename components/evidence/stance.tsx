import { useTranslations } from "@/lib/i18n/use-translations";
import type { Evidence } from "@/db/schema";

type Stance = Evidence["stance"];

/** How a source stands to the claim, as its badge is coloured (the words are evidence.stance). */
export const stanceClass: Record<Stance, string> = {
  supports: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  contradicts: "bg-rose-50 text-rose-800 ring-rose-300",
  context: "bg-slate-100 text-slate-700 ring-slate-300",
};

export const stanceOrder: Stance[] = ["supports", "contradicts", "context"];

export function StanceBadge({ stance }: { stance: Stance }) {
  const t = useTranslations("evidence.stance");
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${stanceClass[stance]}`}
    >
      {t(`label.${stance}`)}
    </span>
  );
}
