// Reads the e-mails the app sent from the local SMTP catcher the e2e stack runs
// (scripts/dev/smtp-catcher.ts; its page port comes from playwright.config.ts).
import { expect } from "@playwright/test";

type Mail = { to: string[]; subject: string; text: string };

const CATCHER = `http://127.0.0.1:${process.env.E2E_SMTP_WEB_PORT ?? "3110"}`;

export async function mailsTo(address: string): Promise<Mail[]> {
  const res = await fetch(`${CATCHER}/messages.json?to=${encodeURIComponent(address)}`);
  return ((await res.json()) as { messages: Mail[] }).messages;
}

/** Waits (the worker sends after commit) until a mail to `address` has `subject` in it. */
export async function expectMail(address: string, subject: RegExp | string): Promise<void> {
  await expect
    .poll(async () => (await mailsTo(address)).map((m) => m.subject).join("\n"), {
      timeout: 30_000,
      message: `a mail to ${address} about ${subject}`,
    })
    .toMatch(subject);
}
