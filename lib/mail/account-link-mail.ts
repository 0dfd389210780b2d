import "server-only";
import type { AccountTokenPurpose } from "@/lib/users/account-tokens";
import { sendMail, type MailOutcome } from "./send";

const expiry = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "full",
  timeStyle: "short",
  timeZone: "UTC",
});

/** Mails an invite or password-reset link to the account's owner. Plain text: no tracking, no HTML to sanitise. */
export function mailAccountLink(input: {
  to: string;
  displayName: string;
  purpose: AccountTokenPurpose;
  url: string;
  expiresAt: Date;
}): Promise<MailOutcome> {
  const invite = input.purpose === "invite";
  const lines = [
    `Hello ${input.displayName},`,
    "",
    invite
      ? "You have been invited to the Verification Desk. Open this link to choose your password:"
      : "An admin of the Verification Desk made you a link to choose a new password:",
    "",
    input.url,
    "",
    `The link works once and expires on ${expiry.format(input.expiresAt)} UTC.`,
    "If you did not expect this message, ignore it; nothing changes until the link is used.",
  ];
  return sendMail({
    to: input.to,
    subject: invite
      ? "Your invitation to the Verification Desk"
      : "Choose a new password for the Verification Desk",
    text: lines.join("\n"),
  });
}
