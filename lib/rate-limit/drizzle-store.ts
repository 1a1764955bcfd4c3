import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import { RateLimiterDrizzle } from "rate-limiter-flexible";
import type { DbOrTx } from "@/db";
import { rateLimits } from "@/db/schema";

type Row = { key: string; points: number; expire: Date | null };

export type LimiterOptions = { keyPrefix: string; points: number; duration: number; blockDuration?: number };

/**
 * rate-limiter-flexible's Drizzle store, with its three storage calls written against our
 * schema and drizzle imported statically: the library loads drizzle-orm through a
 * computed dynamic import, which a bundled Next server cannot resolve. The counting is the
 * library's; the upsert is one atomic statement, so concurrent attempts cannot both slip
 * under the limit. Works the same on PGlite and Postgres.
 */
export class DrizzleRateLimiter extends RateLimiterDrizzle {
  private readonly database: DbOrTx;

  constructor(database: DbOrTx, opts: LimiterOptions) {
    super({ ...opts, storeClient: database, schema: rateLimits, clearExpiredByTimeout: false });
    this.database = database;
  }

  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<Row | undefined> {
    const now = new Date();
    const newExpire = msDuration > 0 ? new Date(now.getTime() + msDuration) : null;
    const expired = sql`${rateLimits.expire} <= ${sql.param(now, rateLimits.expire)}`;
    const nextExpire = sql.param(newExpire, rateLimits.expire);
    const [row] = await this.database
      .insert(rateLimits)
      .values({ key, points, expire: newExpire })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: forceExpire
          ? { points, expire: newExpire }
          : {
              points: sql`CASE WHEN ${expired} THEN ${points} ELSE ${rateLimits.points} + ${points} END`,
              expire: sql`CASE WHEN ${expired} THEN ${nextExpire} ELSE ${rateLimits.expire} END`,
            },
      })
      .returning();
    return row;
  }

  async _get(key: string): Promise<Row | null> {
    const [row] = await this.database
      .select()
      .from(rateLimits)
      .where(and(eq(rateLimits.key, key), or(gt(rateLimits.expire, new Date()), isNull(rateLimits.expire))))
      .limit(1);
    return row ?? null;
  }

  async _delete(key: string): Promise<boolean> {
    const rows = await this.database
      .delete(rateLimits)
      .where(eq(rateLimits.key, key))
      .returning({ key: rateLimits.key });
    return rows.length > 0;
  }
}
