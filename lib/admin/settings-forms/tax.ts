import type { TaxSettings } from "@/lib/settings";
import { type Fields, type Form, indices, text } from "./fields";

// The tax form (./fields.ts). Rates are typed in percent ("7.25") and stored
// in basis points (725).

/** "7.25" → 725; null when it is not a percentage with at most two decimals. */
export function percentToBasisPoints(value: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

export function taxFromForm(form: Form): { ok: true; value: TaxSettings } | { ok: false; fields: Fields } {
  const fields: Fields = {};
  const rates = indices(form, "rates").map((i) => {
    const raw = text(form, `rates.${i}.percent`);
    const basisPoints = percentToBasisPoints(raw);
    if (basisPoints === null) fields[`rates.${i}.percent`] = ["Enter a rate like 7.25."];
    return {
      country: text(form, `rates.${i}.country`).toUpperCase(),
      region: text(form, `rates.${i}.region`).toUpperCase(),
      basisPoints: basisPoints ?? 0,
      label: text(form, `rates.${i}.label`),
    };
  });
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, value: { pricesIncludeTax: form.pricesIncludeTax === "true", rates } };
}

/** The settings' errors for basis points belong to the percent input the owner typed. */
export function taxErrorFields(fields: Record<string, string[] | undefined>): Fields {
  const out: Fields = {};
  for (const [key, messages] of Object.entries(fields)) {
    const name = key.replace(/^(rates\.\d+)\.basisPoints$/, "$1.percent");
    (out[name] ??= []).push(...(messages ?? []));
  }
  return out;
}
