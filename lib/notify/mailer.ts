// The one SMTP client (nodemailer), configured from lib/env.ts. In development and
// tests it talks to the local catcher; in production to the provider's SMTP relay.
import nodemailer from "nodemailer";
import { env } from "../env.ts";

export type Mail = { id: string; to: string; subject: string; text: string };
export type Mailer = { send(mail: Mail): Promise<void>; close(): void };

/** SMTP connections kept open and reused, each for up to 100 messages. */
export const MAILER_CONNECTIONS = 5;

/** `server` overrides host and port (tests point it at a catcher on a free port). */
export function createMailer(server?: { host: string; port: number }): Mailer {
  const e = env();
  const transport = nodemailer.createTransport({
    // Connections are kept and reused rather than one SMTP handshake (and, at a real
    // relay, one TLS handshake) per message; the outbox sends one mail per connection
    // at once (send-outbox.ts).
    pool: true,
    maxConnections: MAILER_CONNECTIONS,
    maxMessages: 100,
    // A relay that stops answering fails the send within a minute (nodemailer waits
    // 10 minutes by default) instead of holding the outbox batch's transaction open.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    host: server?.host ?? e.SMTP_HOST,
    port: server?.port ?? e.SMTP_PORT,
    secure: e.SMTP_SECURE,
    auth: e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD } : undefined,
    // the local catcher speaks plain SMTP; a real relay upgrades with STARTTLS
    ignoreTLS: !e.SMTP_SECURE && (server?.host ?? e.SMTP_HOST) === "127.0.0.1",
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from: e.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        // the outbox id: a receiving system can drop a duplicate
        messageId: `<${mail.id}@creatormatch.local>`,
      });
    },
    close: () => transport.close(),
  };
}
