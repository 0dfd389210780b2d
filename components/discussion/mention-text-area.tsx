"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { controlClass, Field } from "@/components/ui/field";
import type { TextAreaProps } from "@/components/ui/text-area";
import { mentionToken } from "@/lib/notifications/mentions";
import { useMentionMembers, type MentionMember } from "./mention-members";
import { matchingMembers, mentionQueryAt, type MentionQuery } from "./mention-query";

type Suggestions = { query: MentionQuery; members: MentionMember[]; active: number };

/**
 * A comment's text area that offers the desk's members after "@", as an
 * editable combobox (WAI-ARIA's list autocomplete): focus stays in the text
 * while Up and Down move through the list (aria-activedescendant), Enter or
 * Tab writes the chosen person as a mention, Escape closes the list; a click
 * chooses too. The mention is written as a link to the person's id
 * (lib/notifications/mentions.ts), which the comment shows as their name.
 *
 * The text area stays a text area (a textarea may not take the combobox role);
 * the list's count is announced in a polite live region.
 */
export function MentionTextArea({
  label,
  errors,
  hint,
  className = "",
  ...textarea
}: TextAreaProps) {
  const members = useMentionMembers();
  const t = useTranslations("discussion.form");
  const area = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);
  // Escape closes the list until the person types elsewhere or another "@"
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);

  function look() {
    const element = area.current;
    if (!element || members.length === 0) return;
    const query = mentionQueryAt(element.value, element.selectionStart ?? 0);
    if (!query || query.start === dismissedAt) {
      setSuggestions(null);
      if (!query) setDismissedAt(null);
      return;
    }
    const found = matchingMembers(members, query.text);
    setSuggestions(found.length > 0 ? { query, members: found, active: 0 } : null);
  }

  function choose(member: MentionMember) {
    const element = area.current;
    if (!element || !suggestions) return;
    const { start, end } = suggestions.query;
    const token = `${mentionToken(member)} `;
    const value = element.value.slice(0, start) + token + element.value.slice(end);
    // through the native setter and an input event, so React's onChange (a
    // controlled box) and the form's draft tracking both see the change
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(
      element,
      value,
    );
    element.dispatchEvent(new Event("input", { bubbles: true }));
    const caret = start + token.length;
    element.setSelectionRange(caret, caret);
    element.focus();
    setSuggestions(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    textarea.onKeyDown?.(event);
    if (!suggestions || event.defaultPrevented) return;
    const count = suggestions.members.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : count - 1;
      setSuggestions({ ...suggestions, active: (suggestions.active + step) % count });
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(suggestions.members[suggestions.active]!);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setDismissedAt(suggestions.query.start);
      setSuggestions(null);
    }
  }

  const optionId = (index: number) => `${listId}-option-${index}`;
  const open = suggestions !== null;
  return (
    <Field label={label} errors={errors} hint={hint}>
      {(control) => (
        <div className="relative flex flex-col">
          <textarea
            {...control}
            {...textarea}
            ref={area}
            className={`${controlClass} ${className}`}
            aria-autocomplete="list"
            aria-haspopup="listbox"
            aria-controls={open ? listId : undefined}
            aria-activedescendant={open ? optionId(suggestions.active) : undefined}
            onKeyDown={onKeyDown}
            onInput={(event) => {
              textarea.onInput?.(event);
              look();
            }}
            onClick={look}
            onKeyUp={(event) => {
              textarea.onKeyUp?.(event);
              if (["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) look();
            }}
            onBlur={(event) => {
              textarea.onBlur?.(event);
              setSuggestions(null);
            }}
          />
          {open && (
            <ul
              id={listId}
              role="listbox"
              aria-label={t("mentionList")}
              className="absolute start-0 top-full z-20 mt-1 max-h-64 w-full max-w-sm overflow-y-auto rounded-md border border-line bg-white py-1 shadow-lg"
            >
              {suggestions.members.map((member, index) => (
                <li
                  key={member.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === suggestions.active}
                  // keep the focus in the text while a click chooses
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(member)}
                  className={`flex cursor-pointer flex-col px-3 py-1.5 text-sm ${
                    index === suggestions.active ? "bg-accent text-white" : "text-ink"
                  }`}
                >
                  <span dir="auto" className="font-medium">
                    {member.displayName}
                  </span>
                  <bdi
                    dir="ltr"
                    className={`text-xs ${index === suggestions.active ? "text-white" : "text-muted"}`}
                  >
                    {member.email}
                  </bdi>
                </li>
              ))}
            </ul>
          )}
          <p role="status" className="sr-only">
            {open ? t("mentionMatches", { count: suggestions.members.length }) : ""}
          </p>
        </div>
      )}
    </Field>
  );
}
