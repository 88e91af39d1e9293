// Small HTTP helpers the local stand-ins share.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    "content-type": "application/json; charset=UTF-8",
    "cache-control": "private, max-age=0",
  });
  res.end(JSON.stringify(body, null, 2));
}

/**
 * Listens on 127.0.0.1 and, when it can, on ::1 with the same port: "localhost"
 * resolves to either, in the browser and in Node. Port 0 picks a free one.
 */
export async function listenOnLocalhost(
  onRequest: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer(onRequest);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  const server6 = createServer(onRequest);
  await new Promise<void>((resolve) => {
    server6.once("error", () => resolve());
    server6.listen(bound, "::1", () => resolve());
  });
  return {
    port: bound,
    close: async () => {
      await Promise.all(
        [server, server6].map(
          (s) =>
            new Promise<void>((resolve) => {
              if (!s.listening) return resolve();
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
}
