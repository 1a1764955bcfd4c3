import { db } from "@/db";
import { staffCsvResponse } from "@/lib/admin/csv-response";
import { exportProductsCsv } from "@/lib/admin/product-csv-export";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return staffCsvResponse("products", () => exportProductsCsv(db));
}
