import { sql } from "drizzle-orm";
import { connection } from "next/server";
import { db } from "@/db";

// For load balancers and the e2e runner: 200 only when the database answers.
export async function GET() {
  await connection();
  try {
    await db.execute(sql`select 1`);
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, reason: "database unreachable" }, { status: 503 });
  }
}
