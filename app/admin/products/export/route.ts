import { connection } from "next/server";
import { db } from "@/db";
import { staffCsvResponse } from "@/lib/admin/csv-response";
import { exportProductsCsv } from "@/lib/admin/product-csv-export";

export async function GET(): Promise<Response> {
  await connection();
  return staffCsvResponse("products", () => exportProductsCsv(db));
}
