// Plain values (no "use client"), so server components such as the admin filter bars get
// the class string itself rather than a client reference.

export const inputClass =
  "mt-1 block w-full rounded-md border border-gray-300 px-3 py-2 text-gray-950 shadow-sm aria-invalid:border-red-600 focus:border-brand-600";

/**
 * The ids that tie a field's label, hint and error together. `scope` keeps them unique when
 * one page repeats a form (a rename box per category).
 */
export function fieldIds(name: string, scope = "") {
  const base = `field-${scope ? `${scope}-` : ""}${name}`;
  return { input: base, error: `${base}-error`, hint: `${base}-hint` };
}

export function describedBy(name: string, errors?: string[], hint?: string, scope = ""): string | undefined {
  const ids = fieldIds(name, scope);
  const parts = [errors?.length ? ids.error : null, hint ? ids.hint : null].filter(Boolean);
  return parts.length ? parts.join(" ") : undefined;
}
