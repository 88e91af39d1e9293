// A local stand-in for an SMTP relay in development and tests: a real SMTP server
// (smtp-server) that accepts every mail and keeps it in memory, plus a small web page
// (/) and JSON (/messages.json?to=...) to read what the app sent. npm start and the
// e2e stack start it and print its address.
//
// A mail is kept as it arrived and parsed (mailparser) when it is first read: parsing
// costs ~0.6 ms a mail, which a bench sending hundreds a second and reading none would
// otherwise take from the server it measures on the same machine.
//
// Run alone: `npx tsx scripts/dev/smtp-catcher.ts` (SMTP on 2525, web page on 2580).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtMail = {
  id: number;
  messageId: string | null;
  from: string;
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
};

export type SmtpCatcher = {
  smtpPort: number;
  webUrl: string;
  /** The mails kept (the newest 5,000), oldest first, parsed; `to`: only those to it (lower case). */
  messages(to?: string): Promise<CaughtMail[]>;
  close(): Promise<void>;
};

export const DEFAULT_SMTP_PORT = 2525;
export const DEFAULT_SMTP_WEB_PORT = 2580;
const KEEP = 5000;
const MAX_BYTES = 1024 * 1024;

type Received = Omit<CaughtMail, "messageId" | "subject" | "text"> & {
  raw: Buffer;
  parsed?: Promise<CaughtMail>;
};

export async function startSmtpCatcher(
  options: { smtpPort?: number; webPort?: number } = {},
): Promise<SmtpCatcher> {
  const received: Received[] = [];
  let next = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    size: MAX_BYTES,
    logger: false,
    // On close, drop the connections a pooled mailer keeps open instead of waiting
    // 30 s for them (the default).
    closeTimeout: 500,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", (error: Error) => callback(error));
      stream.on("end", () => {
        if (stream.sizeExceeded) {
          return callback(Object.assign(new Error("Message too big"), { responseCode: 552 }));
        }
        received.push({
          id: next++,
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          receivedAt: new Date().toISOString(),
          raw: Buffer.concat(chunks),
        });
        if (received.length > KEEP) received.splice(0, received.length - KEEP);
        callback();
      });
    },
  });
  const parse = (r: Received) =>
    (r.parsed ??= simpleParser(r.raw).then(
      (parsed) => ({
        id: r.id,
        messageId: parsed.messageId ?? null,
        from: r.from,
        to: r.to,
        subject: parsed.subject ?? "",
        text: parsed.text ?? "",
        receivedAt: r.receivedAt,
      }),
      // not MIME mailparser can read: shown as it came
      () => ({
        id: r.id,
        messageId: null,
        from: r.from,
        to: r.to,
        subject: "",
        text: r.raw.toString("utf8"),
        receivedAt: r.receivedAt,
      }),
    ));
  // addresses compare case-blind, as mailboxes do
  const messages = (to?: string) => {
    const wanted = to?.toLowerCase();
    return Promise.all(
      received.filter((r) => !wanted || r.to.some((a) => a.toLowerCase() === wanted)).map(parse),
    );
  };
  await new Promise<void>((resolve, reject) => {
    smtp.once("error", reject);
    smtp.listen(options.smtpPort ?? DEFAULT_SMTP_PORT, "127.0.0.1", () => resolve());
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const web: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const to = url.searchParams.get("to")?.toLowerCase();
    const list = await messages(to);
    if (url.pathname === "/messages.json") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ messages: list }));
      return;
    }
    if (url.pathname !== "/") {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(page(list.slice().reverse()));
  });
  await new Promise<void>((resolve, reject) => {
    web.once("error", reject);
    web.listen(options.webPort ?? DEFAULT_SMTP_WEB_PORT, "127.0.0.1", () => resolve());
  });
  const webUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
  return {
    smtpPort,
    webUrl,
    messages,
    close: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => web.close(() => resolve()));
    },
  };
}

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

function page(mails: CaughtMail[]): string {
  const rows = mails
    .map(
      (m) =>
        `<article><h2>${esc(m.subject)}</h2><p class="meta">to ${esc(m.to.join(", "))} · ${esc(m.receivedAt)}</p><pre>${esc(m.text)}</pre></article>`,
    )
    .join("");
  return `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Sent mail (${mails.length})</title>
<style>body{font:14px system-ui;margin:1rem auto;max-width:50rem;padding:0 1rem}article{border-bottom:1px solid #ddd;padding:.5rem 0}h2{font-size:1rem;margin:0}.meta{color:#666;margin:.2rem 0}pre{white-space:pre-wrap;font:inherit}</style>
<h1>Sent mail (${mails.length})</h1><p>Mails the app sent through the local SMTP catcher, newest first. JSON: <a href="/messages.json">/messages.json</a>?to=address</p>${rows || "<p>Nothing sent yet.</p>"}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const catcher = await startSmtpCatcher();
  console.log(`SMTP catcher: smtp://127.0.0.1:${catcher.smtpPort}, mails at ${catcher.webUrl}`);
}
