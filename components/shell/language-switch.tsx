import { getLocale } from "next-intl/server";
import { switchLanguageAction } from "@/app/language-action";
import { buttonClass } from "@/components/ui/button";
import { languageNames, languageOfLocale, languages } from "@/lib/i18n/languages";

/**
 * One button naming the other language in itself ("العربية" on an English
 * page, "English" on an Arabic one), so a person who cannot read the current
 * interface still finds the way out of it. A plain form: it works before the
 * page's scripts have loaded.
 */
export async function LanguageSwitch() {
  const current = languageOfLocale(await getLocale());
  const other = languages.find((language) => language !== current)!;
  return (
    <form action={switchLanguageAction}>
      <input type="hidden" name="language" value={other} />
      <button type="submit" lang={other} className={buttonClass("secondary", "sm")}>
        {languageNames[other]}
      </button>
    </form>
  );
}
