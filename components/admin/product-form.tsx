"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { fieldIds, inputClass } from "@/components/ui/field-ids";
import { Checkbox, FieldError, SubmitButton, TextField } from "@/components/ui/form-controls";
import { errorsFor, FormMessage, useSubmitWithoutReset, type FormAction } from "@/components/ui/action-form";
import type { ProductFormDefaults } from "@/lib/admin/client";
import { RowsEditor } from "./rows-editor";
import { VariantEditor } from "./variant-editor";

/** `formKey` is minted per page render: the same form posted twice changes stock once. */
export function ProductForm({
  action,
  defaults,
  categories,
  formKey,
}: {
  action: FormAction;
  defaults: ProductFormDefaults;
  categories: { id: number; path: string }[];
  formKey: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const onSubmit = useSubmitWithoutReset(formAction);
  const router = useRouter();
  const created = state?.ok ? (state.data as { id: number; created: boolean }) : null;
  useEffect(() => {
    if (created?.created) router.replace(`/admin/products/${created.id}`);
  }, [created, router]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const selectErrors = errorsFor(state, "categoryId");
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-5" noValidate>
      <FormMessage state={state} />
      {defaults.id !== null && <input type="hidden" name="id" value={defaults.id} />}
      <input type="hidden" name="formKey" value={formKey} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="name"
          label="Name"
          required
          maxLength={200}
          defaultValue={defaults.name}
          errors={errorsFor(state, "name")}
        />
        <TextField
          name="slug"
          label="Slug"
          maxLength={80}
          defaultValue={defaults.slug}
          errors={errorsFor(state, "slug")}
          hint="Left empty, it is made from the name."
        />
        <TextField
          name="brand"
          label="Brand"
          maxLength={120}
          defaultValue={defaults.brand}
          errors={errorsFor(state, "brand")}
        />
        <div>
          <label htmlFor={fieldIds("categoryId").input} className="block text-sm font-medium text-gray-900">
            Category
          </label>
          <select
            id={fieldIds("categoryId").input}
            name="categoryId"
            defaultValue={defaults.categoryId ?? ""}
            className={inputClass}
            aria-invalid={selectErrors ? true : undefined}
            aria-describedby={selectErrors ? fieldIds("categoryId").error : undefined}
          >
            <option value="">No category</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.path}
              </option>
            ))}
          </select>
          <FieldError name="categoryId" errors={selectErrors} />
        </div>
        <div>
          <label htmlFor={fieldIds("status").input} className="block text-sm font-medium text-gray-900">
            Status
          </label>
          <select id={fieldIds("status").input} name="status" defaultValue={defaults.status} className={inputClass}>
            <option value="draft">Draft (hidden)</option>
            <option value="active">Active (in the store)</option>
            <option value="archived">Archived</option>
          </select>
        </div>
        <div className="self-end pb-2">
          <Checkbox name="featured" label="Featured on the home page" defaultChecked={defaults.featured} />
        </div>
      </div>
      <div>
        <label htmlFor={fieldIds("description").input} className="block text-sm font-medium text-gray-900">
          Description
        </label>
        <textarea
          id={fieldIds("description").input}
          name="description"
          rows={5}
          defaultValue={defaults.description}
          className={inputClass}
        />
      </div>
      <RowsEditor
        legend="Specifications (in display order)"
        columns={[
          { name: "specName", label: "Name" },
          { name: "specValue", label: "Value" },
        ]}
        initial={defaults.specifications}
        blank={{ specName: "", specValue: "" }}
        errors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^spec\./, "specName."), v]))}
        addLabel="Add a specification"
      />
      <VariantEditor
        initialOptions={defaults.options}
        variants={defaults.variants}
        slug={defaults.slug}
        errors={errors}
        withImages={defaults.id === null}
      />
      <SubmitButton>{defaults.id === null ? "Create product" : "Save product"}</SubmitButton>
    </form>
  );
}
