import type { NextRequest } from "next/server";
import { db } from "@/db";
import { orderStatus, paymentStatus } from "@/db/schema";
import { exportOrdersCsv, staffCsvResponse } from "@/lib/admin";

export function GET(request: NextRequest): Promise<Response> {
  const q = request.nextUrl.searchParams;
  return staffCsvResponse("orders", () =>
    exportOrdersCsv(db, {
      status: orderStatus.enumValues.find((s) => s === q.get("status")),
      paymentStatus: paymentStatus.enumValues.find((s) => s === q.get("payment")),
      from: q.get("from") ?? undefined,
      to: q.get("to") ?? undefined,
      email: q.get("email")?.slice(0, 200) ?? undefined,
    }),
  );
}
