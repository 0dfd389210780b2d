import { expect } from "vitest";
import { RuleViolation } from "@/lib/errors";

/** The error a write was refused with; a write that succeeds fails the test. */
export async function refusalOf(write: Promise<unknown>): Promise<unknown> {
  return write.then(
    () => {
      throw new Error("expected the write to be refused");
    },
    (error: unknown) => error,
  );
}

/** The form field a rule refused a write on; any other outcome fails the test. */
export async function ruleFieldOf(write: Promise<unknown>) {
  const error = await refusalOf(write);
  expect(error).toBeInstanceOf(RuleViolation);
  return (error as RuleViolation).field;
}
