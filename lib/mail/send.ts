import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

/**
 * Outgoing mail, when SMTP_URL is set (smtp:// or smtps://user:pass@host:port).
 * Mail is a convenience here, never a dependency: callers show the admin what
 * they sent, and say so when sending failed.
 */
const SEND_TIMEOUT_MS = 15_000;

let transport: Transporter | undefined;

export const mailConfigured = () => Boolean(env.SMTP_URL);

export type MailOutcome = { sent: true } | { sent: false; reason: string };

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  /** extra headers, e.g. List-Unsubscribe */
  headers?: Record<string, string>;
  /** a stable Message-ID lets a receiving server recognise a message sent twice */
  messageId?: string;
};

export async function sendMail(message: MailMessage): Promise<MailOutcome> {
  if (!env.SMTP_URL) return { sent: false, reason: "no mail server is configured" };
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  const from = env.MAIL_FROM ?? "Verification Desk <no-reply@localhost>";
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      transport.sendMail({ from, ...message }),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error("the mail server did not answer")),
          SEND_TIMEOUT_MS,
        );
      }),
    ]);
    return { sent: true };
  } catch (error) {
    // the server's own words may name hosts or accounts: log them, tell the admin less
    console.error("[mail] sending failed:", error);
    return {
      sent: false,
      reason:
        error instanceof Error && error.message === "the mail server did not answer"
          ? error.message
          : "the mail server refused or could not be reached",
    };
  } finally {
    clearTimeout(timer);
  }
}
