// Plain values (no "use client"), so server components such as the admin filter bars get
// the class string itself rather than a client reference.

export const inputClass =
  "mt-1 block w-full rounded-md border border-gray-300 px-3 py-2 text-gray-950 shadow-sm aria-invalid:border-red-600 focus:border-brand-600";

/** The ids that tie a field's label, hint and error together. */
export function fieldIds(name: string) {
  return { input: `field-${name}`, error: `field-${name}-error`, hint: `field-${name}-hint` };
}

export function describedBy(name: string, errors?: string[], hint?: string): string | undefined {
  const ids = fieldIds(name);
  const parts = [errors?.length ? ids.error : null, hint ? ids.hint : null].filter(Boolean);
  return parts.length ? parts.join(" ") : undefined;
}
