import { createServer, type Socket } from "node:net";
import { afterAll, expect, it } from "vitest";
import { PermanentError } from "@/lib/delivery-failure";
import { createResendSender } from "./sender";

// A Resend that accepts the connection and never answers must not hold the send (and the
// email's claim) for ever: the send fails in time, as an error worth retrying.

const sockets = new Set<Socket>();
const silent = createServer((socket) => void sockets.add(socket));
await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
const { port } = silent.address() as { port: number };

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

it("gives up on a provider that does not answer, with a retryable error", async () => {
  const sender = createResendSender({ apiKey: "re_test", baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 200 });
  const email = {
    from: "shop@example.com",
    to: "ada@example.com",
    subject: "Hi",
    html: "<p>Hi</p>",
    text: "Hi",
    idempotencyKey: "welcome:1",
  };
  const error = await sender.send(email).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  expect(error).not.toBeInstanceOf(PermanentError);
  expect(sockets.size).toBe(1);
});

it("after three sends in a row without an answer, fails at once without asking, still worth retrying", async () => {
  const sender = createResendSender({ apiKey: "re_test", baseUrl: `http://localhost:${port}`, timeoutMs: 200 });
  const email = {
    from: "shop@example.com",
    to: "ada@example.com",
    subject: "Hi",
    html: "<p>Hi</p>",
    text: "Hi",
    idempotencyKey: "welcome:2",
  };
  for (let i = 0; i < 3; i++) await expect(sender.send(email)).rejects.toThrow(/Resend refused the email/);
  const asked = sockets.size;
  const refused = await sender.send(email).then(
    () => null,
    (e: unknown) => e,
  );
  expect(refused).toBeInstanceOf(Error);
  expect(refused).not.toBeInstanceOf(PermanentError);
  expect((refused as Error).message).toMatch(/circuit breaker open/);
  expect(sockets.size).toBe(asked);
});
