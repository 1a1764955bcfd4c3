"use client";

import { ActionForm, type FormAction, FormMessage, useFieldErrors } from "@/components/ui/action-form";
import { describedBy, fieldIds, inputClass } from "@/components/ui/field-ids";
import { FieldError, SubmitButton, TextField } from "@/components/ui/form-controls";
import { REVIEW_BODY_MAX, REVIEW_NAME_MAX, REVIEW_TITLE_MAX } from "@/lib/reviews/client";

type Values = { rating: number; title: string; body: string; authorName: string };

/** Write or edit one review: stars as a radio group, the title, the text and the name shown. */
export function ReviewForm({
  action,
  slug,
  mode,
  values,
}: {
  action: FormAction;
  slug: string;
  mode: "create" | "edit";
  values: Values;
}) {
  return (
    <ActionForm
      action={action}
      aria-label={mode === "create" ? "Write a review" : "Edit your review"}
      className="space-y-5"
    >
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="mode" value={mode} />
      <RatingField defaultValue={values.rating} />
      <TextField name="title" label="Title" required defaultValue={values.title} maxLength={REVIEW_TITLE_MAX} />
      <BodyField defaultValue={values.body} />
      <TextField
        name="authorName"
        label="Name shown with your review"
        required
        autoComplete="given-name"
        defaultValue={values.authorName}
        maxLength={REVIEW_NAME_MAX}
      />
      <FormMessage />
      <SubmitButton>{mode === "create" ? "Post review" : "Save changes"}</SubmitButton>
    </ActionForm>
  );
}

function RatingField({ defaultValue }: { defaultValue: number }) {
  const errors = useFieldErrors("rating");
  return (
    <fieldset aria-describedby={describedBy("rating", errors)}>
      <legend className="text-sm font-medium text-gray-900">Rating</legend>
      <div className="mt-2 flex flex-wrap gap-4">
        {[5, 4, 3, 2, 1].map((n) => (
          <label key={n} className="flex items-center gap-2 text-sm text-gray-900">
            <input type="radio" name="rating" value={n} defaultChecked={defaultValue === n} className="size-4" />
            {n} {n === 1 ? "star" : "stars"}
          </label>
        ))}
      </div>
      <FieldError name="rating" errors={errors} />
    </fieldset>
  );
}

function BodyField({ defaultValue }: { defaultValue: string }) {
  const errors = useFieldErrors("body");
  const ids = fieldIds("body");
  return (
    <div>
      <label htmlFor={ids.input} className="block text-sm font-medium text-gray-900">
        Your review
      </label>
      <textarea
        id={ids.input}
        name="body"
        rows={8}
        required
        maxLength={REVIEW_BODY_MAX}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy("body", errors)}
        className={inputClass}
      />
      <FieldError name="body" errors={errors} />
    </div>
  );
}
