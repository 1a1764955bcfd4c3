import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type TestServer = { url: string; close: () => Promise<void> };

/** A throwaway HTTP server on a free local port (or `port`), for speaking a SaaS's wire protocol in tests. */
export async function startTestServer(
  handle: (request: IncomingMessage & { body: string }, response: ServerResponse) => void | Promise<void>,
  options: { port?: number } = {},
): Promise<TestServer> {
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    try {
      await handle(Object.assign(request, { body: Buffer.concat(chunks).toString("utf8") }), response);
    } catch (error) {
      response.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: String(error) }));
    }
  });
  return listenLocally(server, options.port);
}

/** Starts `server` on a free port of 127.0.0.1 (or `port`); `close` also drops kept-alive connections. */
export async function listenLocally(server: Server, requestedPort = 0): Promise<TestServer> {
  // Longer than any pause in a test run, so a client never reuses a socket as it closes.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(requestedPort, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
