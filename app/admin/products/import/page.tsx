import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { ImportForm } from "@/components/admin/import-form";
import { PRODUCT_CSV_HEADER } from "@/lib/admin";
import { requireStaff } from "@/lib/auth";
import { importProductsAction } from "./actions";

export const metadata: Metadata = { title: "Import products" };

export default async function ImportProductsPage() {
  await connection();
  await requireStaff("/admin/products/import");
  return (
    <AdminPage
      title="Import products"
      description="One row per variant. A product is matched by its slug, a variant by its SKU. A new product takes every column (missing ones get defaults: draft, no category, stock 0). An existing product changes only in the columns your file has; leave a column out to keep it as it is. Stock is set only for new variants; change existing stock on the Stock page, which keeps the reason. Bad rows are listed with the reason and skipped; the rest are imported."
    >
      <p className="mb-4 text-sm text-gray-700">
        Columns: <code>{PRODUCT_CSV_HEADER.join(", ")}</code>. Specifications are written{" "}
        <code>Name: Value | Name: Value</code>, options <code>Size=M; Colour=Red</code>, the category by its slug.{" "}
        <Link href="/admin/products/export" prefetch={false} className="underline">
          Export the catalog
        </Link>{" "}
        for an example.
      </p>
      <ImportForm action={importProductsAction} />
    </AdminPage>
  );
}
