import { runScript } from "./run-script";

// Applies db/migrations to whichever database the env selects: Postgres when DATABASE_URL
// is set, the embedded PGlite folder otherwise.
runScript(async () => {
  const { dbHandle } = await import("@/db");
  const { checkConnection } = await import("@/db/client");
  const { target } = dbHandle;
  await checkConnection(dbHandle);
  console.log(
    `Applying migrations to ${target.kind === "postgres" ? "Postgres (DATABASE_URL)" : `PGlite (${target.dataDir})`}…`,
  );
  if (target.kind === "postgres") {
    // Under the lock servers started with MIGRATE_ON_START take: whoever runs second waits, then finds nothing to do.
    const { migrateUnderLock } = await import("@/db/schema-version");
    const applied = await migrateUnderLock(dbHandle);
    console.log(applied > 0 ? `Applied ${applied} migrations.` : "The database was already current.");
  } else {
    await dbHandle.migrate();
    console.log("Migrations applied.");
  }
  await dbHandle.close();
});
