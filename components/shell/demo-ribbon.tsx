import { getTranslations } from "@/lib/i18n/get-translations";

/**
 * The thin band over the header of a demo desk: the grades, evidence,
 * discussion and verdicts a newcomer sees were written by the demo seed to
 * show the desk at work, and must not be read as anyone's findings.
 */
export async function DemoRibbon() {
  const t = await getTranslations("shell");
  return (
    <p className="border-b border-amber-300 bg-amber-50 px-4 py-1 text-center text-xs text-amber-950">
      {t.rich("demoRibbon", {
        strong: (words) => <strong className="font-semibold">{words}</strong>,
      })}
    </p>
  );
}
