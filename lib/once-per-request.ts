import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";

/**
 * React's cache() keeps a value for one render only: in a server action or a
 * route handler it calls the function every time. An action asks who its
 * caller is once for itself and once for each getTranslations (next-intl's
 * request config reads the account's language), which was four reads of the
 * session and user for one rating: a quarter of its round trips. Server
 * actions run inside withRequestScope (formAction), and there the value is
 * kept until the action returns. Not route handlers: the live stream checks
 * its viewer's session again at every heartbeat, and must read it each time.
 */
type Scope = { values: Map<object, Promise<unknown>>; open: boolean };
const scope = new AsyncLocalStorage<Scope>();

/**
 * Runs `work` as one request's scope for the functions made by
 * oncePerRequest. The scope closes when `work` settles: a timer or listener
 * begun inside it, which carries it along, reads afresh.
 */
export async function withRequestScope<T>(work: () => Promise<T>): Promise<T> {
  const current: Scope = { values: new Map(), open: true };
  try {
    return await scope.run(current, work);
  } finally {
    current.open = false;
    current.values.clear();
  }
}

export type OncePerRequest<T> = {
  (): Promise<T>;
  /** Reads again at the next call: after a write that changes what was read. */
  forget(): void;
};

/** `compute` at most once per render (React's cache) or per withRequestScope. */
export function oncePerRequest<T>(compute: () => Promise<T>): OncePerRequest<T> {
  const inRender = cache(compute);
  const key = {};
  const once = () => {
    const current = scope.getStore();
    if (!current?.open) return inRender();
    if (!current.values.has(key)) current.values.set(key, compute());
    return current.values.get(key) as Promise<T>;
  };
  return Object.assign(once, { forget: () => void scope.getStore()?.values.delete(key) });
}
