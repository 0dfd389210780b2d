"use client";

import { useCallback, useState } from "react";
import type { FormState } from "@/lib/form-state";

/**
 * The version a form's draft is based on, which is what it must send. The
 * page under the form re-renders with newer data (the live feed, a refresh):
 * until someone types, the form shows and follows the newest version; from
 * the first keystroke it keeps the version that was on screen then, so a save
 * after someone else's is refused as a conflict instead of overwriting it.
 *
 * After a save, and after a conflict whose message has shown the other
 * version, it follows the newest again: the next edit starts from the saved
 * card, and a second save over the other version is a knowing one.
 * `startDraft` goes on the form's onInput.
 */
export function useDraftVersion(latest: number, answer: FormState) {
  const [draftBase, setDraftBase] = useState<number | null>(null);
  const [answered, setAnswered] = useState(answer);
  if (answer !== answered) {
    // a new answer (each is a new object), adjusted for during render as React advises
    setAnswered(answer);
    if (answer.status === "success" || answer.conflict) setDraftBase(null);
  }
  const startDraft = useCallback(() => setDraftBase((base) => base ?? latest), [latest]);
  return { version: draftBase ?? latest, startDraft };
}
