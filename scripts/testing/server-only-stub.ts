// Vitest runs outside React Server Components, where the real `server-only`
// package throws on import by design; tests import server modules directly.
export {};
