import type { Metadata } from "next";
import { connection } from "next/server";
import { ActionButton } from "@/components/account/action-button";
import { AdminPage } from "@/components/admin/admin-page";
import { InlineForm } from "@/components/admin/inline-form";
import { SelectField, TextField } from "@/components/ui/form-controls";
import { listCategoryTree } from "@/lib/admin";
import {
  createCategoryAction,
  deleteCategoryAction,
  moveCategoryAction,
  renameCategoryAction,
  reorderCategoryAction,
} from "./actions";

export const metadata: Metadata = { title: "Categories" };

export default async function CategoriesPage() {
  await connection();
  const tree = await listCategoryTree();
  const parentOptions = (
    <>
      <option value="">Top level</option>
      {tree.map((c) => (
        <option key={c.id} value={c.id}>
          {c.path}
        </option>
      ))}
    </>
  );
  return (
    <AdminPage
      title="Categories"
      description="Nested categories in display order. A category can be deleted once it has no subcategories and no products."
    >
      <section aria-labelledby="new-category" className="rounded-md border border-gray-200 p-4">
        <h2 id="new-category" className="font-semibold text-gray-950">
          New category
        </h2>
        <InlineForm action={createCategoryAction} idScope="new" submitLabel="Create category">
          <TextField name="name" label="Name" required maxLength={120} />
          <TextField name="slug" label="Slug" maxLength={80} />
          <SelectField name="parentId" label="Parent">
            {parentOptions}
          </SelectField>
        </InlineForm>
      </section>
      <ul className="mt-6 divide-y divide-gray-200 rounded-md border border-gray-200">
        {tree.map((c) => (
          <li key={c.id} className="space-y-2 p-4" style={{ paddingLeft: `${1 + c.depth * 1.5}rem` }}>
            <h2 className="font-semibold text-gray-950">
              {c.name}{" "}
              <span className="text-sm font-normal text-gray-600">
                /{c.slug} · {c.products} product{c.products === 1 ? "" : "s"}
              </span>
            </h2>
            <div className="flex flex-wrap items-start gap-4">
              <InlineForm
                action={renameCategoryAction}
                idScope={`rename-${c.id}`}
                submitLabel={
                  <>
                    Rename<span className="sr-only"> {c.name}</span>
                  </>
                }
              >
                <input type="hidden" name="id" value={c.id} />
                <TextField name="name" label="Name" defaultValue={c.name} required maxLength={120} />
                <TextField name="slug" label="Slug" defaultValue={c.slug} maxLength={80} />
              </InlineForm>
              <InlineForm
                action={moveCategoryAction}
                idScope={`move-${c.id}`}
                submitLabel={
                  <>
                    Move<span className="sr-only"> {c.name}</span>
                  </>
                }
              >
                <input type="hidden" name="id" value={c.id} />
                <SelectField name="parentId" label="Parent" defaultValue={c.parentId ?? ""}>
                  {parentOptions}
                </SelectField>
              </InlineForm>
              <ActionButton
                action={reorderCategoryAction}
                fields={{ id: c.id, direction: "up" }}
                label={
                  <>
                    Earlier<span className="sr-only"> {c.name}</span>
                  </>
                }
              />
              <ActionButton
                action={reorderCategoryAction}
                fields={{ id: c.id, direction: "down" }}
                label={
                  <>
                    Later<span className="sr-only"> {c.name}</span>
                  </>
                }
              />
              <ActionButton
                action={deleteCategoryAction}
                fields={{ id: c.id }}
                label={
                  <>
                    Delete<span className="sr-only"> {c.name}</span>
                  </>
                }
                variant="danger"
              />
            </div>
          </li>
        ))}
      </ul>
    </AdminPage>
  );
}
