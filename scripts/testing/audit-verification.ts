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

/** `npm run audit:verify -- …args` on this test file's database, with its exit code and output. */
export function auditVerifyCli(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return run("npx", ["tsx", "--conditions=react-server", "scripts/audit-verify.ts", ...args], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}
