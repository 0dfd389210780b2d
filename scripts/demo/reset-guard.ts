import { demoAccountEmails } from "@/lib/demo/accounts";

/**
 * What `npm run demo:reset` asks of a DATABASE_URL before it wipes it: the
 * database must be plainly a demo database, by its name and by its contents.
 * Its name has the word "demo" in it (desk_demo, demo-desk; not demolition),
 * and every account in it is one of the demo accounts (or it has none yet).
 * A real desk fails the second test even if someone named it "demo": it has
 * accounts of its own. The local embedded desk needs neither test: it is a
 * demo desk by construction.
 */
export function externalResetRefusal(database: {
  name: string;
  accountEmails: readonly string[];
}): string | null {
  if (!/(^|[^a-z])demo([^a-z]|$)/i.test(database.name)) {
    return (
      `The database "${database.name}" does not have "demo" in its name, so it is not plainly a ` +
      "demo database; demo:reset wipes only the local desk or a database named as a demo."
    );
  }
  const others = database.accountEmails.filter(
    (email) => !demoAccountEmails.includes(email.toLowerCase()),
  );
  if (others.length > 0) {
    return (
      `The database "${database.name}" has ${others.length} account${others.length === 1 ? "" : "s"} ` +
      "besides the demo accounts, so it holds someone's work; demo:reset leaves it alone."
    );
  }
  return null;
}
