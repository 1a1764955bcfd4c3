import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { Sql } from "postgres";
import { tracingEnabled } from "./start";

// SQL spans and the pool-use count (docs/architecture.md, "Observability"). Drizzle runs
// every statement through postgres.js's `unsafe` (inside transactions too, on the transaction's
// own `sql`) or PGlite's `query`/`exec`; wrapping those measures every query the store makes.
// The statement text carries placeholders, never the values, so no shopper data reaches a span.

const inFlight = new Map<string, number>();

/** Queries running now on each pool ("primary", "replica"), for the metrics. */
export function queriesInFlight(): ReadonlyMap<string, number> {
  return inFlight;
}

function measure<T>(pool: string, statement: string, run: () => Promise<T>): Promise<T> {
  inFlight.set(pool, (inFlight.get(pool) ?? 0) + 1);
  const done = () => inFlight.set(pool, (inFlight.get(pool) ?? 1) - 1);
  if (!tracingEnabled()) return run().finally(done);
  const operation = /^\s*(\w+)/.exec(statement)?.[1]?.toUpperCase() ?? "SQL";
  const span = trace.getTracer("storefront").startSpan(`${operation} ${pool}`, {
    kind: SpanKind.CLIENT,
    attributes: {
      "db.system.name": "postgresql",
      "db.operation.name": operation,
      "db.query.text": statement.slice(0, 2_000),
      "db.pool": pool,
    },
  });
  return run().then(
    (value) => {
      span.end();
      done();
      return value;
    },
    (error: unknown) => {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      span.end();
      done();
      throw error;
    },
  );
}

type Thenable = { then: (...args: unknown[]) => unknown };

// A postgres.js query runs when first awaited, and drizzle sets `.values()` on it before
// that; so the measurement starts at the first `then`, in the awaiting caller's context.
function measuredQuery<Q extends Thenable>(pool: string, statement: string, query: Q): Q {
  const then = query.then;
  let settled: Promise<unknown> | undefined;
  query.then = function measuredThen(onFulfilled?: unknown, onRejected?: unknown) {
    settled ??= measure(pool, statement, () => then.call(query, (value: unknown) => value) as Promise<unknown>);
    return settled.then(onFulfilled as never, onRejected as never);
  };
  return query;
}

type Fn = (...args: unknown[]) => unknown;
type SqlMethods = { unsafe: Fn; begin?: Fn; savepoint?: Fn };

/** Measures every statement `sql` (and each transaction and savepoint opened on it) runs. */
export function instrumentPostgres<S extends Sql>(pool: string, sql: S): S {
  const methods = sql as unknown as SqlMethods;
  const unsafe = methods.unsafe.bind(sql);
  methods.unsafe = (statement, ...rest) =>
    measuredQuery(pool, String(statement), unsafe(statement, ...rest) as Thenable);
  // A transaction's callback gets its own `sql`, which must be measured too.
  for (const name of ["begin", "savepoint"] as const) {
    const open = methods[name]?.bind(sql);
    if (!open) continue;
    methods[name] = (...args) =>
      open(
        ...args.map((arg) =>
          typeof arg === "function" ? (tx: Sql) => (arg as Fn)(instrumentPostgres(pool, tx)) : arg,
        ),
      );
  }
  return sql;
}

/** The same for the embedded PGlite. */
export function instrumentPglite(client: PGlite): PGlite {
  wrapPgliteQueries(client);
  const transaction = client.transaction.bind(client);
  client.transaction = (callback) => transaction((tx) => callback(wrapPgliteQueries(tx)));
  return client;
}

function wrapPgliteQueries<C extends PGlite | Transaction>(client: C): C {
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  client.query = ((statement: string, ...rest: unknown[]) =>
    measure("primary", statement, () =>
      (query as (...a: unknown[]) => Promise<unknown>)(statement, ...rest),
    )) as C["query"];
  client.exec = ((statement: string, ...rest: unknown[]) =>
    measure("primary", statement, () =>
      (exec as (...a: unknown[]) => Promise<unknown>)(statement, ...rest),
    )) as C["exec"];
  return client;
}
