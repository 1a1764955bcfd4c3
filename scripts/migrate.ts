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
  await dbHandle.migrate();
  console.log("Migrations applied.");
  await dbHandle.close();
});
