import "server-only";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes): about 30 ms here, cheap
// enough for sign-in bursts, costly enough for offline guessing.
// (algorithm 2 is Argon2id; the package exports it as a const enum, which
// isolated modules cannot read)
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real check, for unknown emails and accounts
 * without a password, so response time does not tell which emails exist.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword("decoy password that no account has");
  await verifyPassword(await decoyHash, password);
  return false;
}
