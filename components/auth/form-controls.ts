"use client";

import { useTransition } from "react";
import { useFormStatus } from "react-dom";
import type { ActionResult } from "@/lib/actions";

// Form primitives for the auth and account forms: every input labelled, its errors tied to
// it with aria-describedby and aria-invalid, the form's own message announced.

/** A server action as useActionState calls it. */
export type FormAction = (state: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;

export const inputClass =
  "mt-1 block w-full rounded-md border border-gray-300 px-3 py-2 text-gray-950 shadow-sm aria-invalid:border-red-600 focus:border-brand-600";

export function fieldIds(name: string) {
  return { input: `field-${name}`, error: `field-${name}-error`, hint: `field-${name}-hint` };
}

export function describedBy(name: string, errors?: string[], hint?: string): string | undefined {
  const ids = fieldIds(name);
  const parts = [errors?.length ? ids.error : null, hint ? ids.hint : null].filter(Boolean);
  return parts.length ? parts.join(" ") : undefined;
}

export function FieldError({ name, errors }: { name: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={fieldIds(name).error} className="mt-1 text-sm text-red-700">
      {errors.join(" ")}
    </p>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "tel";
  autoComplete?: string;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
};

export function TextField({ name, label, type = "text", errors, hint, required = false, ...rest }: TextFieldProps) {
  const ids = fieldIds(name);
  return (
    <div>
      <label htmlFor={ids.input} className="block text-sm font-medium text-gray-900">
        {label}
        {!required && <span className="font-normal text-gray-600"> (optional)</span>}
      </label>
      <input
        id={ids.input}
        name={name}
        type={type}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
        className={inputClass}
        {...rest}
      />
      {hint && (
        <p id={ids.hint} className="mt-1 text-sm text-gray-600">
          {hint}
        </p>
      )}
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function Checkbox({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  return (
    <div className="flex items-center gap-2">
      <input
        id={fieldIds(name).input}
        name={name}
        type="checkbox"
        defaultChecked={defaultChecked}
        className="size-4 rounded border-gray-300"
      />
      <label htmlFor={fieldIds(name).input} className="text-sm text-gray-900">
        {label}
      </label>
    </div>
  );
}

export function SubmitButton({
  children,
  variant = "primary",
}: {
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "bg-gray-950 text-white hover:bg-gray-800",
    secondary: "border border-gray-300 bg-white text-gray-900 hover:bg-gray-50",
    danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${styles}`}
    >
      {children}
    </button>
  );
}

/** The form-level outcome: errors as an alert, successes as a polite status. */
export function FormMessage({ state }: { state: ActionResult<unknown> | null }) {
  if (!state) return <div aria-live="polite" className="sr-only" />;
  if (state.ok) {
    return state.message ? (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
        {state.message}
      </p>
    ) : null;
  }
  return state.formError ? (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      {state.formError}
    </p>
  ) : null;
}

export function errorsFor(state: ActionResult<unknown> | null, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}

/**
 * React resets a form after its action runs; on a validation error that would wipe what
 * the shopper typed (and desync a controlled <select>). With JavaScript, submit through a
 * transition instead, which does not reset; without it, `action` still posts the form.
 * Buttons with their own formAction (social sign-in) keep React's default handling.
 */
export function useSubmitWithoutReset(formAction: (formData: FormData) => void) {
  const [, startTransition] = useTransition();
  return (event: React.FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter?.hasAttribute("formaction")) return;
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
}
