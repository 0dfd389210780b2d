import type { formats } from "./formats";
import type messages from "./messages/en";

// The English catalogue is the schema of every catalogue: a key missing from
// it, or misspelt at a call, is a type error (the Arabic one is checked
// against it by lib/i18n/catalogues.test.ts).
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof messages;
    Formats: typeof formats;
  }
}
