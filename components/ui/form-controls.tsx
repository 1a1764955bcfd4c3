"use client";

import { useFormStatus } from "react-dom";
import { useFieldErrors, useFieldScope } from "./action-form";
import { describedBy, fieldIds, inputClass } from "./field-ids";

// Field primitives for every form: each input labelled, its errors tied to it with
// aria-describedby and aria-invalid. Inside an ActionForm a field finds its own errors;
// forms that keep their own state pass `errors`.

export function FieldError({ name, errors }: { name: string; errors?: string[] }) {
  const scope = useFieldScope();
  if (!errors?.length) return null;
  return (
    <p id={fieldIds(name, scope).error} className="mt-1 text-sm text-red-700">
      {errors.join(" ")}
    </p>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "tel" | "number";
  autoComplete?: string;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
};

/** A field's frame: its label, the control, its hint and its errors, tied together by id. */
function FieldFrame({
  name,
  label,
  optional = false,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  optional?: boolean;
  hint?: string;
  errors?: string[];
  children: React.ReactNode;
}) {
  const ids = fieldIds(name, useFieldScope());
  return (
    <div>
      <label htmlFor={ids.input} className="block text-sm font-medium text-gray-900">
        {label}
        {optional && <span className="font-normal text-gray-600"> (optional)</span>}
      </label>
      {children}
      {hint && (
        <p id={ids.hint} className="mt-1 text-sm text-gray-600">
          {hint}
        </p>
      )}
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function TextField({
  name,
  label,
  type = "text",
  errors: given,
  hint,
  required = false,
  ...rest
}: TextFieldProps) {
  const errors = useFieldErrors(name, given);
  const scope = useFieldScope();
  return (
    <FieldFrame name={name} label={label} optional={!required} hint={hint} errors={errors}>
      <input
        id={fieldIds(name, scope).input}
        name={name}
        type={type}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint, scope)}
        className={inputClass}
        {...rest}
      />
    </FieldFrame>
  );
}

type SelectFieldProps = {
  name: string;
  label: string;
  errors?: string[];
  children: React.ReactNode;
} & Pick<React.ComponentProps<"select">, "value" | "defaultValue" | "onChange" | "required" | "autoComplete">;

/** A labelled <select>; `children` are its options. */
export function SelectField({ name, label, errors: given, children, ...rest }: SelectFieldProps) {
  const errors = useFieldErrors(name, given);
  const scope = useFieldScope();
  return (
    <FieldFrame name={name} label={label} errors={errors}>
      <select
        id={fieldIds(name, scope).input}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, undefined, scope)}
        className={inputClass}
        {...rest}
      >
        {children}
      </select>
    </FieldFrame>
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
