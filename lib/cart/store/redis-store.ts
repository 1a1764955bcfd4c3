import { createHash } from "node:crypto";
import { money, type Money } from "@/lib/money";
import { RedisUnavailableError, throttledLog } from "@/lib/redis";
import { GUEST_CART_TTL_SECONDS } from "../limits";
import { CartUnavailableError } from "../unavailable";
import {
  addScript,
  claimUserCartScript,
  clearScript,
  getScript,
  getUserCartScript,
  mergeScript,
  removeScript,
  setQuantityScript,
} from "./redis-scripts";
import type { CartStore, StoredLine } from "./types";

/** The two calls a Redis client must offer: node-redis over TCP and Upstash over REST both can. */
export interface RedisScriptClient {
  evalsha(sha: string, keys: string[], args: string[]): Promise<unknown>;
  eval(script: string, keys: string[], args: string[]): Promise<unknown>;
}

export type RedisCartStoreOptions = {
  kind: "redis" | "upstash";
  client: RedisScriptClient;
  /** Namespaces every key, so tests and benches can share a server with the store. */
  prefix?: string;
  ttlSeconds?: number;
};

const shas = new Map<string, string>();

function sha1(script: string): string {
  let sha = shas.get(script);
  if (!sha) {
    sha = createHash("sha1").update(script).digest("hex");
    shas.set(script, sha);
  }
  return sha;
}

type Run = (script: string, keys: string[], args: (string | number)[]) => Promise<unknown>;

// EVALSHA saves sending the script each time; after a server restart or SCRIPT FLUSH the
// server answers NOSCRIPT once and EVAL loads it again. Any other failure (down, not
// answering, LOADING after a restart, OOM, READONLY, a script's error) means the cart cannot
// be used right now: CartUnavailableError, which the pages and actions turn into a message.
const runScripts =
  (client: RedisScriptClient, logReplyError: (line: string) => void): Run =>
  async (script, keys, args) => {
    const argv = args.map(String);
    try {
      try {
        return await client.evalsha(sha1(script), keys, argv);
      } catch (error) {
        if (!(error instanceof Error) || !error.message.includes("NOSCRIPT")) throw error;
        return await client.eval(script, keys, argv);
      }
    } catch (error) {
      // Failures are logged by the client; an error reply about the request is not, and a
      // broken script fails every request the same way: once a minute is enough.
      if (!(error instanceof RedisUnavailableError))
        logReplyError(`[cart] Redis: ${error instanceof Error ? error.message : String(error)}`);
      throw new CartUnavailableError({ cause: error });
    }
  };

const encodePrice = (price: Money) => `${price.amount}:${price.currency}`;

function decodePrice(value: string | undefined): Money {
  const [amount, currency] = (value ?? "").split(":");
  const parsed = Number(amount);
  return Number.isSafeInteger(parsed) && currency && /^[A-Z]{3}$/.test(currency)
    ? money(parsed, currency)
    : money(0, "XXX"); // unreadable price: the cart page then shows no "price changed" notice
}

function parseLines(reply: unknown): StoredLine[] {
  const flat = Array.isArray(reply) ? reply.map(String) : [];
  const fields = new Map<string, string>();
  for (let i = 0; i + 1 < flat.length; i += 2) fields.set(flat[i]!, flat[i + 1]!);
  const lines: StoredLine[] = [];
  for (const [field, value] of fields) {
    if (!field.startsWith("q:")) continue;
    const variantId = Number(field.slice(2));
    const quantity = Number(value);
    if (!Number.isSafeInteger(variantId) || !Number.isSafeInteger(quantity) || quantity <= 0) continue;
    lines.push({
      variantId,
      quantity,
      seenUnitPrice: decodePrice(fields.get(`p:${variantId}`)),
      addedAt: new Date(Number(fields.get(`t:${variantId}`) ?? 0)),
    });
  }
  return lines.sort((a, b) => a.addedAt.getTime() - b.addedAt.getTime() || a.variantId - b.variantId);
}

export function createRedisCartStore({
  kind,
  client,
  prefix = "sf:",
  ttlSeconds = GUEST_CART_TTL_SECONDS,
}: RedisCartStoreOptions): CartStore {
  const cartKey = (cartId: string) => `${prefix}cart:${cartId}`;
  const userKey = (userId: string) => `${prefix}user-cart:${userId}`;
  const run = runScripts(client, throttledLog());

  return {
    kind,

    async get(cartId) {
      const lines = parseLines(await run(getScript, [cartKey(cartId)], [ttlSeconds]));
      return lines.length > 0 ? { id: cartId, lines } : null;
    },

    async add(cartId, { variantId, quantity, cap, seenUnitPrice }) {
      const args = [ttlSeconds, variantId, quantity, cap, encodePrice(seenUnitPrice), Date.now()];
      const reply = await run(addScript, [cartKey(cartId)], args);
      const [after = 0, before = 0, items = 0] = Array.isArray(reply) ? reply.map(Number) : [];
      return { quantity: after, added: after - before, cartItems: items };
    },

    async setQuantity(cartId, variantId, quantity, seenUnitPrice) {
      const price = seenUnitPrice ? encodePrice(seenUnitPrice) : "";
      const reply = await run(setQuantityScript, [cartKey(cartId)], [ttlSeconds, variantId, quantity, price]);
      return Number(reply) === 1;
    },

    async remove(cartId, variantId) {
      return Number(await run(removeScript, [cartKey(cartId)], [ttlSeconds, variantId])) === 1;
    },

    async clear(cartId) {
      await run(clearScript, [cartKey(cartId)], []);
    },

    async merge(fromCartId, toCartId, caps) {
      const pairs = [...caps].flatMap(([variantId, cap]) => [variantId, cap]);
      await run(mergeScript, [cartKey(fromCartId), cartKey(toCartId)], [ttlSeconds, Date.now(), ...pairs]);
    },

    async getUserCartId(userId) {
      const reply = await run(getUserCartScript, [userKey(userId)], []);
      return typeof reply === "string" && reply !== "" ? reply : null;
    },

    async claimUserCart(userId, cartId) {
      return String(await run(claimUserCartScript, [userKey(userId), cartKey(cartId)], [userId, cartId]));
    },

    // Redis expires guest carts by itself (EXPIRE on every use).
    async purgeExpired() {
      return 0;
    },
  };
}
