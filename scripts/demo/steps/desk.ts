/**
 * What the seed's steps share: the accounts they act as and the ids of what
 * earlier steps made, by the keys the demo data uses. A step reads what it
 * needs and adds what it makes; a key the data names but no step made is a
 * mistake in the data, and fails the seed by name.
 */
import type { User } from "@/db/schema";
import type { DemoAccountKey } from "@/lib/demo/accounts";

export type DemoDesk = {
  /** the argon2 hash of the demo password, made once before the seed's transaction */
  passwordHash: string;
  accounts: Map<DemoAccountKey, User>;
  reportIds: Map<string, number>;
  claimIds: Map<string, number>;
};

/** One part of the demo desk's work, written through the data layer in order. */
export type DemoSeedStep = { name: string; run: (desk: DemoDesk) => Promise<void> };

export function newDemoDesk(passwordHash: string): DemoDesk {
  return { passwordHash, accounts: new Map(), reportIds: new Map(), claimIds: new Map() };
}

export function accountOf(desk: DemoDesk, key: DemoAccountKey): User {
  const account = desk.accounts.get(key);
  if (!account) throw new Error(`The demo data names the account "${key}", which is not seeded.`);
  return account;
}

export function claimIdOf(desk: DemoDesk, key: string): number {
  const id = desk.claimIds.get(key);
  if (id === undefined)
    throw new Error(`The demo data names the claim "${key}", which is not seeded.`);
  return id;
}
