import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient } from "redis";

// A small local server speaking Upstash's REST protocol, forwarding every command to a
// real Redis, so the Upstash cart store is tested through @upstash/redis's real HTTP client:
//   POST /            body ["CMD", ...args]          → { result } | { error } (400)
//   POST /pipeline    body [["CMD", ...], ...]        → [{ result } | { error }, ...]
//   POST /multi-exec  body [["CMD", ...], ...]        → the same, run as MULTI/EXEC
// With `Upstash-Encoding: base64`, string results (except "OK") are base64-encoded, as
// the real service does. A wrong or missing Bearer token gets 401.

export type UpstashBridge = { url: string; token: string; close(): Promise<void> };

type Reply = { result: unknown } | { error: string };

function encodeResult(value: unknown, base64: boolean): unknown {
  if (value instanceof Map) return encodeResult([...value].flat(), base64);
  if (Array.isArray(value)) return value.map((v) => encodeResult(v, base64));
  if (Buffer.isBuffer(value)) value = value.toString("utf8");
  if (typeof value === "string") {
    return base64 && value !== "OK" ? Buffer.from(value, "utf8").toString("base64") : value;
  }
  if (typeof value === "bigint") return Number(value);
  return value ?? null;
}

function isCommand(value: unknown): value is (string | number | boolean)[] {
  return (
    Array.isArray(value) && value.length > 0 && value.every((v) => ["string", "number", "boolean"].includes(typeof v))
  );
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

export async function startUpstashBridge({
  redisUrl,
  token = "test-token",
}: {
  redisUrl: string;
  token?: string;
}): Promise<UpstashBridge> {
  const redis = createClient({ url: redisUrl });
  redis.on("error", () => {}); // surfaced through the failing command instead
  await redis.connect();

  const run = async (command: (string | number | boolean)[], base64: boolean): Promise<Reply> => {
    try {
      return { result: encodeResult(await redis.sendCommand(command.map(String)), base64) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };

  const server = createServer(async (req, res) => {
    try {
      if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: "Unauthorized" });
      if (req.method !== "POST") return send(res, 405, { error: "Method not allowed" });
      const base64 = String(req.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
      const body = await readJson(req);
      const path = new URL(req.url ?? "/", "http://bridge").pathname;

      if (path === "/") {
        if (!isCommand(body)) return send(res, 400, { error: "ERR the request body must be a command array" });
        const reply = await run(body, base64);
        return send(res, "error" in reply ? 400 : 200, reply);
      }
      if (path === "/pipeline" || path === "/multi-exec") {
        if (!Array.isArray(body) || !body.every(isCommand))
          return send(res, 400, { error: "ERR the request body must be an array of commands" });
        if (path === "/pipeline") return send(res, 200, await Promise.all(body.map((c) => run(c, base64))));
        const multi = redis.multi();
        for (const command of body) multi.addCommand(command.map(String));
        try {
          const results = await multi.exec();
          return send(
            res,
            200,
            results.map((r) => (r instanceof Error ? { error: r.message } : { result: encodeResult(r, base64) })),
          );
        } catch (error) {
          return send(res, 400, { error: error instanceof Error ? error.message : String(error) });
        }
      }
      return send(res, 404, { error: `ERR unknown endpoint ${path}` });
    } catch (error) {
      return send(res, 400, { error: error instanceof Error ? error.message : String(error) });
    }
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await redis.close();
    },
  };
}
