import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { ProductForm } from "@/components/admin/product-form";
import { ActionButton } from "@/components/account/action-button";
import { getAdminProduct, listCategoryTree, productFormDefaults, rowId } from "@/lib/admin";
import { productPath } from "@/lib/catalog";
import { deleteProductAction, saveProductAction, setProductStatusAction } from "../actions";
import { ProductImages } from "./product-images";

export const metadata: Metadata = { title: "Edit product" };

export default async function EditProductPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = rowId((await params).id);
  if (id === null) notFound();
  const [data, categories] = await Promise.all([getAdminProduct(id), listCategoryTree()]);
  if (!data) notFound();
  const { product, variants, images } = data;
  return (
    <AdminPage
      title={product.name}
      description={`Status: ${product.status}`}
      actions={
        <div className="flex flex-wrap items-start gap-3">
          {product.status === "active" && (
            <Link href={productPath(product.slug)} className="py-2 text-sm font-medium underline">
              View in store
            </Link>
          )}
          {product.status !== "active" && (
            <ActionButton
              action={setProductStatusAction}
              fields={{ id, status: "active" }}
              label="Publish"
              variant="primary"
            />
          )}
          {product.status === "active" && (
            <ActionButton action={setProductStatusAction} fields={{ id, status: "draft" }} label="Unpublish" />
          )}
          <ActionButton
            action={deleteProductAction}
            fields={{ id }}
            label="Delete (archive if ordered)"
            variant="danger"
          />
        </div>
      }
    >
      <ProductForm
        formKey={randomUUID()}
        key={product.updatedAt.toISOString()}
        action={saveProductAction}
        defaults={productFormDefaults(product, variants)}
        categories={categories}
      />
      <ProductImages productId={id} images={images} options={product.options} />
      <p className="mt-8 text-sm">
        <Link href={`/admin/stock?product=${id}`} className="underline">
          Adjust stock with a reason and see its history
        </Link>
      </p>
    </AdminPage>
  );
}
