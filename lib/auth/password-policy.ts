import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { RuleViolation } from "@/lib/errors";

/**
 * What a new password must be, after NIST SP 800-63B §3.1.1.2: long enough,
 * not a commonly used one, not the account's own email or name, and not one
 * character or chunk repeated. No rules about digits or symbols: they push
 * people to "Password1!", which the common-password check catches anyway.
 *
 * The common list is the 49,000 most used passwords that zxcvbn-ts ships
 * (@zxcvbn-ts/language-common). A password also counts as common when what is
 * left after trimming digits and symbols from both ends is on the list
 * ("Sunshine2024!" is "sunshine"). Server-only: the list is a megabyte that
 * no browser needs.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

let commonPasswords: Set<string> | undefined;
function isCommon(candidate: string) {
  commonPasswords ??= new Set(dictionary["passwords-common"]);
  return commonPasswords.has(candidate);
}

const fold = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
/** "!!Sunshine2024" → "sunshine": the word people decorate to pass composition rules */
const core = (folded: string) => folded.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");

/** "aaaaaaaaaaaa", "abcabcabcabc", "passwordpassword" */
function isRepetition(folded: string) {
  return /^(.{1,8})\1+$/u.test(folded);
}

/** "123456789012", "abcdefghijkl", "987654321098": each character one step from the last */
function isSequence(folded: string) {
  const codes = [...folded].map((c) => c.codePointAt(0)!);
  const step = (i: number) => {
    const d = codes[i]! - codes[i - 1]!;
    return d === 9 || d === -9 ? -Math.sign(d) : d; // 9→0 and 0→9 continue a run of digits
  };
  const first = step(1);
  return (first === 1 || first === -1) && codes.every((_, i) => i === 0 || step(i) === first);
}

export type PasswordContext = { email: string; displayName: string };

/** The reason a new password is refused, in words for the person choosing it; null if it is fine. */
/** Why a password is refused; its words are `account.password.<problem>` in the catalogues. */
export type PasswordProblem = "tooShort" | "tooLong" | "personal" | "common" | "pattern";

export function passwordProblem(
  password: string,
  context: PasswordContext,
): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";

  const folded = fold(password);
  const email = fold(context.email);
  const personal = [email, email.split("@")[0]!, fold(context.displayName)].filter(
    (word) => word.length >= 3,
  );
  if (personal.some((word) => folded === word || core(folded) === word)) return "personal";

  if (isCommon(folded) || isCommon(core(folded)) || isCommon(password.toLowerCase()))
    return "common";
  if (isRepetition(folded) || isSequence(folded)) return "pattern";
  return null;
}

/** The refusal a form shows for a password problem, in the reader's language. */
export function passwordRefusal(problem: PasswordProblem, field: string): RuleViolation {
  return new RuleViolation(`account.password.${problem}`, field, {
    minimum: PASSWORD_MIN_LENGTH,
    maximum: PASSWORD_MAX_LENGTH,
  });
}
