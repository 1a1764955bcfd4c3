import "server-only";
import { type Db, db } from "@/db";
import { getSessionUser, isStaffRole } from "@/lib/auth";

/** A CSV download for staff only; anyone else gets the same 404 an admin page gives them. */
export async function staffCsvResponse(filename: string, build: (db: Db) => Promise<string>): Promise<Response> {
  const user = await getSessionUser();
  if (!user || !isStaffRole(user.role)) return new Response("Not found", { status: 404 });
  const body = await build(db);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
}
