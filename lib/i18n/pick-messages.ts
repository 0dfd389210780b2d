import type { AbstractIntlMessages } from "next-intl";

/**
 * The part of a catalogue the browser needs: each namespace named ("board.card"
 * or a whole "review") with what it holds, nothing else. The whole catalogue
 * is about 95 kB of JSON in English; sent with every page it was two thirds of
 * the board's RSC payload, serialised and inlined into the HTML on every
 * request (issue 23).
 */
export function pickMessages(
  messages: AbstractIntlMessages,
  namespaces: readonly string[],
): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  // "review" already holds "review.verdict" (and copying into it would write into the catalogue)
  const outermost = namespaces.filter(
    (namespace) => !namespaces.some((other) => namespace.startsWith(`${other}.`)),
  );
  for (const namespace of outermost) {
    const parts = namespace.split(".");
    let from: AbstractIntlMessages | string | undefined = messages;
    let into = picked;
    for (const [index, part] of parts.entries()) {
      from = typeof from === "object" ? from[part] : undefined;
      if (from === undefined) throw new Error(`No namespace "${namespace}" in the catalogue`);
      if (index === parts.length - 1) into[part] = from;
      else into = (into[part] ??= {}) as AbstractIntlMessages;
    }
  }
  return picked;
}

const picks = new WeakMap<AbstractIntlMessages, Map<string, AbstractIntlMessages>>();

/** pickMessages, made once per catalogue and list: the catalogues never change while serving. */
export function pickedMessages(
  messages: AbstractIntlMessages,
  namespaces: readonly string[],
): AbstractIntlMessages {
  const key = namespaces.join(" ");
  let byList = picks.get(messages);
  if (!byList) picks.set(messages, (byList = new Map()));
  let picked = byList.get(key);
  if (!picked) byList.set(key, (picked = pickMessages(messages, namespaces)));
  return picked;
}
