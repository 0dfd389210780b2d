/**
 * The demo desk's accounts, one per role and three reviewers. The seed
 * (scripts/demo) creates them; the header reads their emails to tell
 * whether this is a demo desk (./demo-desk.ts). Their addresses are under
 * `.test`, a name reserved so that it is never a real mailbox (RFC 2606).
 */
export const demoAccounts = [
  { key: "admin", email: "admin@demo.test", displayName: "Samira Haddad", role: "admin" },
  { key: "editor", email: "editor@demo.test", displayName: "Karim Nassar", role: "editor" },
  { key: "lina", email: "reviewer1@demo.test", displayName: "Lina Farouk", role: "reviewer" },
  { key: "omar", email: "reviewer2@demo.test", displayName: "Omar Khalil", role: "reviewer" },
  { key: "hana", email: "reviewer3@demo.test", displayName: "Hana Youssef", role: "reviewer" },
] as const;

export type DemoAccountKey = (typeof demoAccounts)[number]["key"];

/** The three demo reviewers, by the key the seed's data names them with. */
export type DemoReviewerKey = "lina" | "omar" | "hana";

export const demoAccountEmails: readonly string[] = demoAccounts.map((account) => account.email);
