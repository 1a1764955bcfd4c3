import Link from "next/link";
import type { LiveRatesSetup } from "@/lib/carriers";

// Above the shipping settings when a carrier is configured: whether checkout can offer its live rates.
export function LiveRatesNote({ setup }: { setup: LiveRatesSetup }) {
  return (
    <p
      role="note"
      className={`mb-6 rounded-md px-3 py-2 text-sm ${setup.ready ? "bg-blue-50 text-blue-950" : "bg-amber-50 text-amber-950"}`}
    >
      {setup.message}
      {!setup.ready && (
        <>
          {" "}
          <Link href="/admin/settings/store" className="font-medium underline">
            Store settings
          </Link>
        </>
      )}
    </p>
  );
}
