// Runs once when a server process starts (next dev / next start).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareServer } = await import("@/lib/server-start");
  await prepareServer();
}
