"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { Dialog } from "radix-ui";
import { createContext, useContext, useState, type ReactNode } from "react";
import { ClaimForm, type ClaimDraft } from "./claim-form";

const OpenDraft = createContext<(draft: ClaimDraft) => void>(() => {
  throw new Error("useOpenClaimDraft must be used inside <ClaimDraftProvider>.");
});

/** Opens the "Make claim" dialog with a passage, from anywhere inside the provider. */
export function useOpenClaimDraft() {
  return useContext(OpenDraft);
}

/**
 * Holds the "Make claim" dialog of one report, so the reader's selection bar
 * and the suggestion list open the same form.
 */
export function ClaimDraftProvider({
  reportId,
  language,
  children,
}: {
  reportId: number;
  language: string;
  children: ReactNode;
}) {
  const t = useTranslations("makeClaim");
  const [draft, setDraft] = useState<ClaimDraft | null>(null);
  // a new draft gets a fresh form, not the last one's messages
  const [draftNumber, setDraftNumber] = useState(0);
  function open(next: ClaimDraft) {
    setDraftNumber((n) => n + 1);
    setDraft(next);
  }
  return (
    <OpenDraft.Provider value={open}>
      {children}
      <Dialog.Root open={draft !== null} onOpenChange={(isOpen) => !isOpen && setDraft(null)}>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-ink/40" />
          <Dialog.Content
            // the passage is already filled in: start where the reviewer has to write
            onOpenAutoFocus={(event) => {
              event.preventDefault();
              const dialog = event.currentTarget as HTMLElement;
              dialog.querySelector<HTMLInputElement>("input[name=statement]")?.focus();
            }}
            className="fixed inset-x-2 top-4 bottom-4 z-50 mx-auto flex max-w-2xl flex-col gap-4 overflow-y-auto rounded-lg bg-white p-5 shadow-xl sm:inset-x-6 sm:top-10 sm:bottom-auto sm:max-h-[calc(100vh-5rem)]"
          >
            <div className="flex items-start justify-between gap-3">
              <Dialog.Title className="text-xl font-semibold">{t("title")}</Dialog.Title>
              <Dialog.Close className="rounded px-2 py-1 text-muted hover:bg-paper">
                {t("close")}
              </Dialog.Close>
            </div>
            <Dialog.Description className="text-sm text-muted">
              {t("description")}
            </Dialog.Description>
            {draft && (
              <ClaimForm
                key={draftNumber}
                reportId={reportId}
                language={language}
                draft={draft}
                onClose={() => setDraft(null)}
              />
            )}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </OpenDraft.Provider>
  );
}
