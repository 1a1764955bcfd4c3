import { parseArgs } from "node:util";
import { z } from "zod";
import { runScript } from "./run-script";

// npm run user:create-admin -- --email admin@example.com --password '…' [--name 'Ada']
// Creates an admin, or promotes an existing account to admin and sets its password.
// Works on whichever database the env selects (DATABASE_URL, or the embedded PGlite).

const USAGE =
  "Usage: npm run user:create-admin -- --email <email> --password <password (8+ characters)> [--name <name>]";

runScript(async () => {
  let values: { email?: string; password?: string; name?: string };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
      strict: true,
    }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }

  const { emailSchema, newPasswordSchema, nameSchema } = await import("@/lib/auth/schemas");
  const schema = z.object({
    email: z.string({ error: "is required" }).pipe(emailSchema),
    password: z.string({ error: "is required" }).pipe(newPasswordSchema),
    name: nameSchema.optional(),
  });
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${String(i.path[0] ?? "?")}: ${i.message}`);
    throw new Error(`${[...new Set(problems)].join("\n")}\n${USAGE}`);
  }

  const { dbHandle } = await import("@/db");
  const { checkConnection } = await import("@/db/client");
  const { createOrPromoteAdmin } = await import("@/lib/auth/admin-users");
  await checkConnection(dbHandle);
  // The embedded database may be brand new: make sure the tables exist.
  if (dbHandle.target.kind === "pglite") await dbHandle.migrate();
  const result = await createOrPromoteAdmin(dbHandle.db, parsed.data);
  console.log(`${result.created ? "Created" : "Promoted"} admin ${parsed.data.email}.`);
  await dbHandle.close();
});
