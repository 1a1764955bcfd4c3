export type SeedArgs = { products: number; help: boolean; orders?: number };

export const MAX_SYNTHETIC_PRODUCTS = 99_999;
const MAX_SEED_ORDERS = 999_999;

export const seedUsage = `Usage: npm run db:seed [-- [--products N] [--orders N]]

Migrates the database, then upserts the demo catalog (safe to run again).
  --products N   also add N synthetic products (1–${MAX_SYNTHETIC_PRODUCTS.toLocaleString("en-US")}), e.g. for load tests
  --orders N     also add N synthetic paid orders (1–${MAX_SEED_ORDERS.toLocaleString("en-US")}) from shoppers with
                 tastes, for recommendations (npm run recommendations:eval)
  --help         show this message`;

/**
 * Parses `scripts/seed.ts` arguments by hand rather than with util.parseArgs, which
 * rejects `--products -5` as "ambiguous" instead of saying the number is wrong.
 * Throws an Error whose message names the bad argument.
 */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const args: SeedArgs = { products: 0, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") {
      args.help = true;
    } else if (arg === "--products" || arg.startsWith("--products=")) {
      const value = arg === "--products" ? argv[++i] : arg.slice("--products=".length);
      if (value === undefined) throw new Error("--products needs a number, e.g. --products 10000");
      args.products = parseCount(value);
    } else if (arg === "--orders" || arg.startsWith("--orders=")) {
      const value = arg === "--orders" ? argv[++i] : arg.slice("--orders=".length);
      if (value === undefined) throw new Error("--orders needs a number, e.g. --orders 5000");
      args.orders = parseCount(value, "--orders", MAX_SEED_ORDERS);
    } else {
      throw new Error(`Unknown argument "${arg}". Run with --help for usage.`);
    }
  }
  return args;
}

function parseCount(value: string, flag = "--products", max = MAX_SYNTHETIC_PRODUCTS): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new Error(`${flag} must be a whole number from 1 to ${max.toLocaleString("en-US")}, got "${value}"`);
  }
  return n;
}
