import type { NextRequest } from "next/server";
import { exportOrdersCsv, staffCsvResponse } from "@/lib/admin";
import { ORDER_STATUSES, PAYMENT_STATUSES } from "@/lib/orders";

export function GET(request: NextRequest): Promise<Response> {
  const q = request.nextUrl.searchParams;
  return staffCsvResponse("orders", (db) =>
    exportOrdersCsv(db, {
      status: ORDER_STATUSES.find((s) => s === q.get("status")),
      paymentStatus: PAYMENT_STATUSES.find((s) => s === q.get("payment")),
      from: q.get("from") ?? undefined,
      to: q.get("to") ?? undefined,
      email: q.get("email")?.slice(0, 200) ?? undefined,
    }),
  );
}
