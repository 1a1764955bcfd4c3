import { connection } from "next/server";
import { exportProductsCsv, staffCsvResponse } from "@/lib/admin";

export async function GET(): Promise<Response> {
  await connection();
  return staffCsvResponse("products", (db) => exportProductsCsv(db));
}
