import { connection } from "next/server";
import { db } from "@/db";
import { exportProductsCsv, staffCsvResponse } from "@/lib/admin";

export async function GET(): Promise<Response> {
  await connection();
  return staffCsvResponse("products", () => exportProductsCsv(db));
}
