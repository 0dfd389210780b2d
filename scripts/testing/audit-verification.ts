import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect } from "vitest";
import { readVerificationLines, type VerificationMessage } from "@/lib/audit/verification-messages";

const run = promisify(execFile);

/** Every message of a verification stream, checking it ends on a whole line. */
export async function readVerificationStream(stream: ReadableStream<Uint8Array>) {
  const messages: VerificationMessage[] = [];
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let rest = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const read = readVerificationLines(rest + decoder.decode(value, { stream: true }));
    messages.push(...read.messages);
    rest = read.rest;
  }
  expect(rest).toBe("");
  return messages;
}

export type CliOutcome = { code: number; stdout: string; stderr: string };

/** `npm run audit:verify -- …args` on this test file's database, with its exit code and output. */
export function auditVerifyCli(...args: string[]): Promise<CliOutcome> {
  return auditVerifyCliIn(process.env, ...args);
}

/** The same in the environment `env` (which says where the desk's database is, or does not). */
export function auditVerifyCliIn(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliOutcome> {
  return run("npx", ["tsx", "--conditions=react-server", "scripts/audit-verify.ts", ...args], {
    env,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: CliOutcome) => error,
  );
}
