import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { registerUser } from "@/lib/auth/register";
import { createAuthLimits, retryMessage, type LimiterBackend } from "@/lib/rate-limit";
import { accountWaitSeconds } from "@/lib/rate-limit/auth-limits";
import { closeRedisClients } from "@/lib/rate-limit/redis-client";

// Rate limits on login, registration and reset requests, on the database store (always)
// and on Redis (when REDIS_URL is set). Windows and waits are seconds long, so that "an
// attacker cannot lock a real user out" can be shown by waiting.

const WINDOW = 2;
const backends: LimiterBackend[] = process.env.REDIS_URL ? ["database", "redis"] : ["database"];
if (!process.env.REDIS_URL) console.log("[auth-rate-limit] Redis backend skipped: REDIS_URL is not set");

afterAll(closeRedisClients);

function limits(backend: LimiterBackend, accountFailures = { points: 6, duration: WINDOW }) {
  const run = `t${randomBytes(5).toString("hex")}`;
  return createAuthLimits(
    {
      loginAccountIp: { keyPrefix: `${run}:lai`, points: 3, duration: WINDOW },
      loginAccount: { keyPrefix: `${run}:la`, ...accountFailures },
      loginIp: { keyPrefix: `${run}:li`, points: 20, duration: WINDOW },
      loginKnownIp: { keyPrefix: `${run}:lk`, points: 1, duration: 60 },
      registerIp: { keyPrefix: `${run}:ri`, points: 2, duration: WINDOW },
      registerAccount: { keyPrefix: `${run}:ra`, points: 5, duration: WINDOW },
      resetIp: { keyPrefix: `${run}:pi`, points: 10, duration: WINDOW },
      resetAccount: { keyPrefix: `${run}:pa`, points: 2, duration: WINDOW },
    },
    backend,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const password = "the real password";
let userCount = 0;

async function newUser(backend: LimiterBackend): Promise<string> {
  const email = `user${++userCount}-${backend}@example.com`;
  const result = await registerUser(
    { name: "Real User", email, password },
    { ip: "198.51.100.1", limits: limits(backend) },
  );
  expect(result.ok).toBe(true);
  return email;
}

describe.each(backends)("rate limits on the %s store", (backend) => {
  it("refuse login after repeated failures with a retry-after, even with the right password, then let the user in again soon", async () => {
    const email = await newUser(backend);
    const l = limits(backend);
    const ip = "203.0.113.10";
    for (let i = 0; i < 3; i++)
      expect(await verifyCredentials({ email, password: "wrong" }, { ip, limits: l })).toEqual({
        ok: false,
        reason: "invalid",
      });

    const refused = await verifyCredentials({ email, password }, { ip, limits: l });
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    const wait = refused.ok || refused.reason !== "rate_limited" ? 0 : refused.retryAfterSeconds;
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(WINDOW);
    expect(retryMessage(wait)).toMatch(/^Too many attempts\. Try again in \d+ seconds?\.$/);

    await sleep(WINDOW * 1000 + 200);
    expect(await verifyCredentials({ email, password }, { ip, limits: l })).toMatchObject({ ok: true });
  });

  it("answer the same for an unknown email as for a real one once limited", async () => {
    const email = await newUser(backend);
    const l = limits(backend);
    const ip = "203.0.113.11";
    for (let i = 0; i < 3; i++) {
      await verifyCredentials({ email, password: "wrong" }, { ip, limits: l });
      await verifyCredentials({ email: "ghost@example.com", password: "wrong" }, { ip, limits: l });
    }
    const real = await verifyCredentials({ email, password: "wrong" }, { ip, limits: l });
    const ghost = await verifyCredentials({ email: "ghost@example.com", password: "wrong" }, { ip, limits: l });
    expect(real).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(ghost).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("do not let an attacker on one IP lock the real user out on another", async () => {
    const email = await newUser(backend);
    const l = limits(backend);
    for (let i = 0; i < 5; i++) await verifyCredentials({ email, password: "guess" }, { ip: "192.0.2.66", limits: l });
    expect(await verifyCredentials({ email, password }, { ip: "192.0.2.66", limits: l })).toMatchObject({
      reason: "rate_limited",
    });
    expect(await verifyCredentials({ email, password }, { ip: "198.51.100.20", limits: l })).toMatchObject({
      ok: true,
    });
  });

  it("slow a guess spread over many IPs with growing waits, and let the owner in once the wait is over", async () => {
    const email = await newUser(backend);
    const l = limits(backend, { points: 3, duration: 60 });
    let attacker = 0;
    const guess = () => verifyCredentials({ email, password: "guess" }, { ip: `192.0.2.${++attacker}`, limits: l });
    const waitAfter = async () => {
      const refused = await guess();
      return refused.ok || refused.reason !== "rate_limited" ? 0 : refused.retryAfterSeconds;
    };

    // Waits are read back as whole seconds left, so each may read up to a second short.
    for (let i = 0; i < 3; i++) expect(await guess()).toEqual({ ok: false, reason: "invalid" });
    expect(await waitAfter()).toBe(1);
    await sleep(1100);
    expect(await guess()).toEqual({ ok: false, reason: "invalid" });
    expect(await waitAfter()).toBeOneOf([1, 2]);
    await sleep(2100);
    expect(await guess()).toEqual({ ok: false, reason: "invalid" });
    expect(await waitAfter()).toBeOneOf([3, 4]);

    // The owner, on an address of their own, is told how long to wait, and then gets in.
    const owner = () => verifyCredentials({ email, password }, { ip: "198.51.100.77", limits: l });
    const told = await owner();
    expect(told).toMatchObject({ ok: false, reason: "rate_limited" });
    const wait = told.ok || told.reason !== "rate_limited" ? 0 : told.retryAfterSeconds;
    expect(retryMessage(wait)).toMatch(/^Too many attempts\. Try again in [1-4] seconds?\.$/);
    await sleep(wait * 1000 + 100);
    expect(await owner()).toMatchObject({ ok: true });
  });

  it("let one guess of a parallel burst from many IPs through per wait; the owner is not delayed at home and gets in from a new IP after the wait", async () => {
    const email = await newUser(backend);
    const l = limits(backend, { points: 3, duration: 60 });
    const home = "198.51.100.40";
    expect(await verifyCredentials({ email, password }, { ip: home, limits: l })).toMatchObject({ ok: true });
    let attacker = 0;
    const guess = () => verifyCredentials({ email, password: "guess" }, { ip: `192.0.2.${++attacker}`, limits: l });
    // Twenty guesses sent at once from twenty addresses: how many reached the password check.
    const burst = async () => {
      const results = await Promise.all(Array.from({ length: 20 }, guess));
      const waits = results.flatMap((r) => (!r.ok && r.reason === "rate_limited" ? [r.retryAfterSeconds] : []));
      for (const wait of waits)
        expect(retryMessage(wait)).toMatch(/^Too many attempts\. Try again in [1-4] seconds?\.$/);
      return { checked: results.filter((r) => !r.ok && r.reason === "invalid").length, refused: waits.length };
    };

    for (let i = 0; i < 3; i++) expect(await guess()).toEqual({ ok: false, reason: "invalid" });
    await sleep(1100); // the wait after the 3rd failure
    expect(await burst()).toEqual({ checked: 1, refused: 19 });
    expect(await verifyCredentials({ email, password }, { ip: home, limits: l })).toMatchObject({ ok: true });
    await sleep(2100); // the wait after the 4th
    expect(await burst()).toEqual({ checked: 1, refused: 19 });
    expect(await verifyCredentials({ email, password }, { ip: home, limits: l })).toMatchObject({ ok: true });

    const owner = () => verifyCredentials({ email, password }, { ip: "198.51.100.78", limits: l });
    const told = await owner();
    expect(told).toMatchObject({ ok: false, reason: "rate_limited" });
    const wait = told.ok || told.reason !== "rate_limited" ? 0 : told.retryAfterSeconds;
    expect(retryMessage(wait)).toMatch(/^Too many attempts\. Try again in [1-4] seconds?\.$/);
    await sleep(wait * 1000 + 100);
    expect(await owner()).toMatchObject({ ok: true });
  });

  it("bound a parallel burst from many IPs at an account with no failures yet to the free attempts and one turn", async () => {
    const email = await newUser(backend);
    const l = limits(backend, { points: 3, duration: 60 });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        verifyCredentials({ email, password: "guess" }, { ip: `192.0.2.${150 + i}`, limits: l }),
      ),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeGreaterThanOrEqual(3);
    expect(checked).toBeLessThanOrEqual(4);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(20 - checked);
  });

  it("never make an account wait more than a minute, and never from an IP that has logged into it", async () => {
    expect([4, 5, 6, 7, 10, 11, 12, 500].map((failures) => accountWaitSeconds(failures, 5))).toEqual([
      0, 1, 2, 4, 32, 60, 60, 60,
    ]);
    const email = await newUser(backend);
    const l = limits(backend);
    const home = "198.51.100.30";
    expect(await verifyCredentials({ email, password }, { ip: home, limits: l })).toMatchObject({ ok: true });
    for (let i = 0; i < 7; i++)
      await verifyCredentials({ email, password: "guess" }, { ip: `192.0.2.${100 + i}`, limits: l });
    expect(await verifyCredentials({ email, password }, { ip: "192.0.2.200", limits: l })).toMatchObject({
      reason: "rate_limited",
    });
    expect(await verifyCredentials({ email, password }, { ip: home, limits: l })).toMatchObject({ ok: true });
  });

  it("clear the account+IP count when the user logs in", async () => {
    const email = await newUser(backend);
    const l = limits(backend);
    const ip = "203.0.113.12";
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 2; i++) await verifyCredentials({ email, password: "typo" }, { ip, limits: l });
      expect(await verifyCredentials({ email, password }, { ip, limits: l })).toMatchObject({ ok: true });
    }
  });

  it("limit registrations per IP and reset requests per address, with a retry-after", async () => {
    const l = limits(backend);
    const ip = "203.0.113.13";
    for (const n of [1, 2]) {
      expect(
        await registerUser({ name: "A", email: `bulk${n}-${backend}@example.com`, password }, { ip, limits: l }),
      ).toMatchObject({
        ok: true,
      });
    }
    const third = await registerUser({ name: "A", email: `bulk3-${backend}@example.com`, password }, { ip, limits: l });
    expect(third).toMatchObject({ ok: false, reason: "rate_limited", retryAfterSeconds: expect.any(Number) });

    const email = await newUser(backend);
    expect(await requestPasswordReset(email, { ip, limits: l })).toEqual({ ok: true });
    expect(await requestPasswordReset(email, { ip, limits: l })).toEqual({ ok: true });
    const limited = await requestPasswordReset(email, { ip: "203.0.113.14", limits: l });
    expect(limited).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
    // The same rule for an address without an account: the answer reveals nothing.
    await requestPasswordReset("nobody@example.com", { ip, limits: l });
    await requestPasswordReset("nobody@example.com", { ip, limits: l });
    expect(await requestPasswordReset("nobody@example.com", { ip, limits: l })).toMatchObject({ ok: false });
  });
});
