import "server-only";
import { getLocale } from "next-intl/server";
import type { User } from "@/db/schema";
import { languageOfLocale } from "@/lib/i18n/languages";
import type { ExportReader } from "./reader";

/** The editor on an export page reads its words in the page's language (lib/i18n/request.ts). */
export async function readerOf(user: User): Promise<ExportReader> {
  return { language: languageOfLocale(await getLocale()), digits: user.digitStyle };
}
