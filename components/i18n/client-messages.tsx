import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickedMessages } from "@/lib/i18n/pick-messages";

/**
 * Gives the client components below it the catalogue namespaces they use
 * (useTranslations), and only those: the messages travel in every page's RSC
 * payload and again inlined in its HTML. A provider replaces the one above
 * it, so a page lists what all of its client components need; the root
 * layout lists what the layouts' own need. lib/i18n/client-messages.test.ts
 * works out from the sources what each route needs and holds it to the
 * list, so a component that starts using a namespace fails that test, not a
 * page in a browser.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly string[];
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider messages={pickedMessages(await getMessages(), namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
