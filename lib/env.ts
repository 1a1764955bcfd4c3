import { z } from "zod";

// The one place that reads process.env (docs/architecture.md, conventions). Every variable is validated here,
// at start-up, so a typo fails loudly with the variable's name instead of deep in a request.

const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .optional()
    .refine((v) => v === undefined || isUrl(v, protocols), {
      message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`,
    });

function isUrl(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    SITE_URL: url(["http:", "https:"]).default("http://localhost:3000"),
    STORE_NAME: optional.default("Northwind Supply"),
    STORE_CURRENCY: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD")
      .default("USD"),
    DATA_DIR: optional.default(".data"),

    DATABASE_URL: url(["postgres:", "postgresql:"]),
    // Read replicas of DATABASE_URL, comma-separated: catalog, search and listing reads go to
    // them; writes and read-after-write paths stay on the primary (db/index.ts).
    DATABASE_REPLICA_URLS: optional
      .transform((v) =>
        v === undefined
          ? []
          : v
              .split(",")
              .map((u) => u.trim())
              .filter(Boolean),
      )
      .refine((urls) => urls.every((u) => isUrl(u, ["postgres:", "postgresql:"])), {
        message: "must be comma-separated URLs starting with postgres:// or postgresql://",
      }),
    PGLITE_DATA_DIR: optional,
    // With DATABASE_URL, a server whose database is behind this build's migrations refuses to
    // start; with this set it applies them first, under a lock so instances starting together
    // migrate once (db/schema-version.ts). Off, migrations are a deploy step (`npm run db:migrate`).
    MIGRATE_ON_START: flag,

    REDIS_URL: url(["redis:", "rediss:"]),
    UPSTASH_REDIS_REST_URL: url(["http:", "https:"]),
    UPSTASH_REDIS_REST_TOKEN: optional,

    MEILISEARCH_HOST: url(["http:", "https:"]),
    MEILISEARCH_API_KEY: optional,
    // Lets several stores or environments share one Meilisearch (default "products").
    MEILISEARCH_INDEX: optional.refine((v) => v === undefined || /^[A-Za-z0-9_-]{1,100}$/.test(v), {
      message: "must be 1-100 letters, digits, - or _",
    }),

    INNGEST_EVENT_KEY: optional,
    INNGEST_SIGNING_KEY: optional,
    INNGEST_DEV: optional,
    INNGEST_BASE_URL: url(["http:", "https:"]),
    // How often a Node server sweeps the outbox for rows a kick missed (lib/outbox/runtime.ts);
    // 0 turns the sweep off (serverless hosts, where the Inngest cron function sweeps).
    OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(0).default(5000),
    // On SIGTERM/SIGINT, how long `next start` lets in-flight requests and the outbox event in
    // hand finish before it cuts them off (lib/server-shutdown.ts); closing the database and
    // Redis then takes at most a few seconds more.
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    // Bearer secret for /api/cron/* (Vercel Cron sends it): the outbox sweep and the daily
    // housekeeping on hosts without a long-running process or Inngest. Unset, those routes 404.
    CRON_SECRET: optional.refine((v) => v === undefined || v.length >= 16, {
      message: "must be at least 16 characters",
    }),

    STRIPE_SECRET_KEY: optional,
    STRIPE_WEBHOOK_SECRET: optional,
    STRIPE_API_URL: url(["http:", "https:"]),

    // Payee details shown to shoppers who pay by bank transfer (lib/orders/payment-settings.ts).
    // Unset, checkout shows clearly marked demo details.
    BANK_TRANSFER_ACCOUNT_NAME: optional,
    BANK_TRANSFER_IBAN: optional,
    BANK_TRANSFER_BIC: optional,
    BANK_TRANSFER_BANK_NAME: optional,
    // Days an unpaid bank-transfer order holds its stock before it is cancelled (the shopper
    // is reminded the day before; lib/maintenance/unpaid-bank-transfers.ts).
    BANK_TRANSFER_DAYS: z.coerce.number().int().min(1).max(90).default(7),

    // The default "low stock" line for the admin dashboard and stock page (staff can still
    // look at any other threshold on the stock page).
    LOW_STOCK_THRESHOLD: z.coerce.number().int().min(0).max(10_000).default(5),

    // Media (product images) in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO) when
    // S3_BUCKET is set; otherwise files stay on local disk under DATA_DIR/media (lib/storage).
    S3_BUCKET: optional.refine((v) => v === undefined || /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(v), {
      message: "must be an S3 bucket name: 3-63 lowercase letters, digits, dots or hyphens",
    }),
    S3_REGION: optional,
    S3_ENDPOINT: url(["http:", "https:"]),
    // Without the key pair the SDK's default credential chain is used (e.g. an IAM role).
    S3_ACCESS_KEY_ID: optional,
    S3_SECRET_ACCESS_KEY: optional,
    S3_FORCE_PATH_STYLE: flag,
    // A public (CDN) base URL for the bucket; unset, images are served through /media.
    S3_PUBLIC_URL: url(["http:", "https:"]),

    RESEND_API_KEY: optional,
    RESEND_BASE_URL: url(["http:", "https:"]),
    EMAIL_FROM: optional.default("Northwind Supply <orders@example.com>"),

    // Texts (lib/sms) through Twilio when the account is set; unset, texts are only logged.
    // TWILIO_FROM is the sending number (E.164) or a Messaging Service SID (MG…);
    // TWILIO_API_URL points the SDK at another server (tests).
    TWILIO_ACCOUNT_SID: optional.refine((v) => v === undefined || /^AC[0-9a-fA-F]{32}$/.test(v), {
      message: "must be an Account SID: AC and 32 hex digits",
    }),
    TWILIO_AUTH_TOKEN: optional,
    TWILIO_FROM: optional.refine((v) => v === undefined || /^(\+[1-9][0-9]{6,14}|MG[0-9a-fA-F]{32})$/.test(v), {
      message: "must be a number like +14155550100 or a Messaging Service SID (MG…)",
    }),
    TWILIO_API_URL: url(["http:", "https:"]),

    // Carriers (lib/carriers) through EasyPost when the key is set: live rates at checkout,
    // labels bought when staff ship, tracking by its signed webhook. Unset, shipping is the
    // store's own rates only. EASYPOST_API_URL points the SDK at another server (tests).
    EASYPOST_API_KEY: optional,
    EASYPOST_WEBHOOK_SECRET: optional,
    EASYPOST_API_URL: url(["http:", "https:"]),

    // Guest orders an hour from one address (lib/rate-limit/shop-limits.ts): raise it where many
    // shoppers share one address (an office, a campus) or for a test run placing many orders.
    GUEST_ORDERS_PER_IP_HOUR: z.coerce.number().int().min(1).max(10_000).default(10),

    // How many proxies in front of `next start` append to x-forwarded-for; 0: none, the
    // connection's own address is the client's (lib/auth/client-ip.ts). Ignored on Vercel.
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),

    AUTH_SECRET: optional,
    AUTH_URL: url(["http:", "https:"]),
    AUTH_TRUST_HOST: flag,
    AUTH_SESSION_MAX_AGE: z.coerce
      .number()
      .int()
      .positive()
      .default(60 * 60 * 24 * 30),
    AUTH_GITHUB_ID: optional,
    AUTH_GITHUB_SECRET: optional,
    AUTH_GOOGLE_ID: optional,
    AUTH_GOOGLE_SECRET: optional,

    SEED_DEMO_DATA: flag,

    // Logs (lib/log): JSON lines at this level and above; pretty in `next dev`.
    LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
    // Traces (lib/telemetry) go to this OTLP/HTTP collector; unset, no spans are exported.
    OTEL_EXPORTER_OTLP_ENDPOINT: url(["http:", "https:"]),
    OTEL_SERVICE_NAME: optional.default("storefront"),
    // Bearer token for /api/metrics (Prometheus); unset, the endpoint answers 404.
    METRICS_TOKEN: optional.refine((v) => v === undefined || v.length >= 16, {
      message: "must be at least 16 characters",
    }),

    // Set by the platform, never by hand: Next's build phase, and Vercel's deployments.
    NEXT_PHASE: optional,
    VERCEL: flag,
  })
  .superRefine((env, ctx) => {
    const pairs: [keyof typeof env, keyof typeof env][] = [
      ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"],
      ["UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN"],
      ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY"],
      ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"],
      ["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"],
      ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"],
      ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"],
      ["TWILIO_ACCOUNT_SID", "TWILIO_FROM"],
      ["EASYPOST_API_KEY", "EASYPOST_WEBHOOK_SECRET"],
    ];
    if (env.DATABASE_REPLICA_URLS.length > 0 && !env.DATABASE_URL)
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: "is required when DATABASE_REPLICA_URLS is set",
      });
    for (const [a, b] of pairs) {
      if (Boolean(env[a]) !== Boolean(env[b])) {
        const missing = env[a] ? b : a;
        const present = env[a] ? a : b;
        ctx.addIssue({
          code: "custom",
          path: [missing],
          message: `is required when ${present} is set`,
        });
      }
    }
    // Any S3 setting without a bucket would silently leave media on local disk.
    const s3Setting = (
      ["S3_REGION", "S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PUBLIC_URL"] as const
    ).find((k) => env[k]);
    if (!env.S3_BUCKET && s3Setting)
      ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: `is required when ${s3Setting} is set` });
    if (env.S3_BUCKET && !env.S3_REGION)
      ctx.addIssue({
        code: "custom",
        path: ["S3_REGION"],
        message: "is required when S3_BUCKET is set (use auto for Cloudflare R2)",
      });
  });

export type Env = z.infer<typeof envSchema>;

/** Every variable the store reads (tests/deploy.test.ts checks the deploy files against it). */
export const envVariables = Object.keys(envSchema.shape);

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);

/**
 * True while a self-hosted `next build` prerenders: catalog reads return nothing there and
 * the build opens no database. The server never serves those prerenders (its cache handlers
 * render each page on first request, lib/cache), so one build runs against any database. On
 * Vercel, whose own cache serves the build's output, the build reads real data.
 */
export function skipsDataAtBuild(): boolean {
  return env.NEXT_PHASE === "phase-production-build" && !env.VERCEL;
}

/** True when the store runs on its embedded defaults (PGlite, no external services). */
export const isEmbeddedDatabase = !env.DATABASE_URL;
