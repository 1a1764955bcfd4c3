import { readFileSync } from "node:fs";
import { Agent, createServer, get, type IncomingHttpHeaders, type Server } from "node:http";
import type { Socket } from "node:net";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { outbox } from "@/db/schema";
import { createDispatcher, type Dispatcher } from "@/lib/outbox/dispatcher";
import { enqueueEvent } from "@/lib/events/enqueue";
import { inProcessTransport } from "@/lib/outbox/transports";
import { defineHandler } from "@/lib/outbox/types";
import { watchHttpServers } from "@/lib/http/server-registry";
import { shutDown } from "@/lib/server-shutdown";
import { listenLocally } from "./helpers/http-server";
import { outboxRow, productChanged, registryWith, resetOutbox } from "./helpers/outbox";

// What SIGTERM runs under `next start` (lib/shutdown-on-signal.ts), on a real http.Server
// and the real outbox dispatcher: requests in progress finish, busy keep-alive clients are
// told to leave, idle ones are dropped, and the outbox event in hand either finishes or is
// handed back at once.

type Answer = { status: number; headers: IncomingHttpHeaders; body: string; socket: Socket };

function request(url: string, agent: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = get(url, { agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body, socket: req.socket! }));
    });
    req.on("error", reject);
  });
}

const closeOf = (socket: Socket) =>
  new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once("close", () => resolve())));

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const noWork = async () => ({ released: 0 });

describe("shutting down an HTTP server under keep-alive load", () => {
  let server: Server;
  let url: string;
  let slowArrived: ReturnType<typeof gate>;
  let finishSlow: ReturnType<typeof gate>;
  let streamStarted: ReturnType<typeof gate>;
  let finishStream: ReturnType<typeof gate>;

  beforeEach(async () => {
    [slowArrived, finishSlow, streamStarted, finishStream] = [gate(), gate(), gate(), gate()];
    watchHttpServers();
    server = createServer((req, res) => {
      if (req.url === "/slow") {
        slowArrived.open();
        void finishSlow.opened.then(() => res.end("slow done"));
      } else if (req.url === "/stream") {
        res.writeHead(200, { "content-type": "text/plain" });
        res.write("part one, ");
        streamStarted.open();
        void finishStream.opened.then(() => res.end("part two"));
      } else {
        setTimeout(() => res.end("ok"), 5);
      }
    });
    ({ url } = await listenLocally(server));
  });

  afterEach(() => {
    server.closeAllConnections();
    server.close();
  });

  it("finishes the requests in progress, closes every kept-alive connection and refuses new ones, well before the deadline", async () => {
    // A client that keeps asking on kept-alive connections, as a load balancer or a bot would.
    const busy = new Agent({ keepAlive: true, maxSockets: 4 });
    const answers: Answer[] = [];
    const errors: string[] = [];
    const loop = async () => {
      for (;;) {
        try {
          answers.push(await request(`${url}/`, busy));
        } catch (error) {
          errors.push((error as NodeJS.ErrnoException).code ?? String(error));
          return;
        }
      }
    };
    const loops = [loop(), loop(), loop(), loop()];
    // A client whose kept-alive connection sits idle.
    const idleAgent = new Agent({ keepAlive: true });
    const idle = await request(`${url}/`, idleAgent);
    // A request in progress, and a response already streaming, when the signal comes.
    const streamAgent = new Agent({ keepAlive: true });
    const slow = request(`${url}/slow`, new Agent({ keepAlive: true }));
    const stream = request(`${url}/stream`, streamAgent);
    await Promise.all([slowArrived.opened, streamStarted.opened]);
    while (answers.length < 20) await new Promise((resolve) => setTimeout(resolve, 5));

    const shutdown = shutDown({ timeoutMs: 20_000, servers: [server], stopWork: noWork, closers: [] });
    await closeOf(idle.socket);
    finishSlow.open();
    finishStream.open();
    const [report, slowAnswer, streamAnswer] = await Promise.all([shutdown, slow, stream]);
    await Promise.all(loops);

    // Nothing was cut at the deadline: every connection closed once its answer was sent.
    expect(report.requests).toEqual(["drained"]);
    expect(slowAnswer).toMatchObject({ status: 200, body: "slow done" });
    expect(slowAnswer.headers.connection).toBe("close");
    expect(streamAnswer).toMatchObject({ status: 200, body: "part one, part two" });
    await closeOf(streamAnswer.socket);
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    // Each busy client was told to leave with its next answer, and not reset mid-request: it
    // stopped only when it had to open a new connection.
    expect(answers.filter((answer) => answer.headers.connection === "close").length).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual(["ECONNREFUSED", "ECONNREFUSED", "ECONNREFUSED", "ECONNREFUSED"]);
    await expect(request(`${url}/`, new Agent())).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });

  it("cuts what is still running at the deadline", async () => {
    const slow = request(`${url}/slow`, new Agent({ keepAlive: true }));
    await slowArrived.opened;
    const report = await shutDown({ timeoutMs: 50, servers: [server], stopWork: noWork, closers: [] });
    expect(report.requests).toEqual(["cut"]);
    await expect(slow).rejects.toMatchObject({ code: "ECONNRESET" });
    finishSlow.open();
  });
});

describe("shutting down the outbox dispatcher mid-delivery", () => {
  let dispatcher: Dispatcher;
  let handlerEntered: ReturnType<typeof gate>;
  let handlerMayFinish: ReturnType<typeof gate>;
  const runs: string[] = [];

  // Stands for an email send in progress: it finishes when the test says so.
  const sending = defineHandler({
    id: "send-slowly",
    event: "catalog/product.changed",
    run: async (event) => {
      handlerEntered.open();
      await handlerMayFinish.opened;
      runs.push(event.id);
    },
  });
  const newDispatcher = () =>
    createDispatcher({
      db,
      transport: inProcessTransport({
        context: () => ({ db, email: undefined as never }),
        registry: registryWith({ "catalog/product.changed": [sending] }),
      }),
      // The lease a killed process would leave behind: far longer than any test.
      deliveryTimeoutMs: 60_000,
    });

  beforeEach(async () => {
    await resetOutbox();
    handlerEntered = gate();
    handlerMayFinish = gate();
    runs.length = 0;
    dispatcher = newDispatcher();
  });

  it("lets the event in hand finish within the grace period: its row is delivered", async () => {
    const { id } = await enqueueEvent(db, "catalog/product.changed", productChanged(1));
    dispatcher.kick();
    await handlerEntered.opened;

    const shutdown = shutDown({ timeoutMs: 20_000, servers: [], stopWork: dispatcher.stop, closers: [] });
    setTimeout(handlerMayFinish.open, 50);
    expect(await shutdown).toMatchObject({ released: 0 });

    expect(runs).toEqual([id]);
    expect(await outboxRow(id)).toMatchObject({ status: "delivered", attempts: 1 });
  });

  it("hands an event still in hand at the deadline back at once: another instance delivers it now, not after the lease", async () => {
    const { id } = await enqueueEvent(db, "catalog/product.changed", productChanged(2));
    dispatcher.kick();
    await handlerEntered.opened;

    const report = await shutDown({ timeoutMs: 50, servers: [], stopWork: dispatcher.stop, closers: [] });
    expect(report.released).toBe(1);
    expect(await outboxRow(id)).toMatchObject({ status: "pending", attempts: 0, lockedUntil: null, claimToken: null });

    // The next instance: the row is due now.
    handlerMayFinish.open();
    expect(await newDispatcher().drain()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await outboxRow(id)).toMatchObject({ status: "delivered", attempts: 1 });
    // The abandoned delivery finished too, late; its write was fenced off by the claim token.
    await dispatcher.idle();
    expect(await outboxRow(id)).toMatchObject({ status: "delivered", attempts: 1 });
  });

  it("claims nothing once stopped: rows written meanwhile wait for the next instance", async () => {
    await dispatcher.stop(1_000);
    const { id } = await enqueueEvent(db, "catalog/product.changed", productChanged(3));
    dispatcher.kick();
    await dispatcher.idle();
    expect(await dispatcher.drain()).toMatchObject({ claimed: 0 });
    expect(await outboxRow(id)).toMatchObject({ status: "pending", attempts: 0 });
    expect(await db.$count(outbox, sql`${outbox.status} = 'processing'`)).toBe(0);
  });
});

describe("next start's own signal handler", () => {
  // lib/shutdown-on-signal.ts takes Next's handler out by its name; an upgrade that renames
  // it (or stops honouring NEXT_MANUAL_SIG_HANDLE) must be noticed here, not in production.
  it("is still the function named cleanup, installed unless NEXT_MANUAL_SIG_HANDLE is set", () => {
    const source = readFileSync(path.join(process.cwd(), "node_modules/next/dist/server/lib/start-server.js"), "utf8");
    expect(source).toContain("const cleanup = (signal)=>");
    expect(source).toMatch(
      /if \(!process\.env\.NEXT_MANUAL_SIG_HANDLE\) \{\s*process\.on\('SIGINT', cleanup\);\s*process\.on\('SIGTERM', cleanup\);/,
    );
  });
});
