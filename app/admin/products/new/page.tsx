import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { ProductForm } from "@/components/admin/product-form";
import { emptyProductDefaults, listCategoryTree } from "@/lib/admin";
import { saveProductAction } from "../actions";

export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage() {
  await connection();
  const categories = await listCategoryTree();
  return (
    <AdminPage
      title="New product"
      description="Saved as a draft unless you choose Active. Add options for its variants, and images for all variants or one option value."
    >
      <ProductForm
        formKey={randomUUID()}
        action={saveProductAction}
        defaults={emptyProductDefaults}
        categories={categories}
      />
    </AdminPage>
  );
}
