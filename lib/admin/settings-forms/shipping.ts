import { parseMoneyInput } from "@/lib/money";
import type { ShippingSettings } from "@/lib/settings";
import { type Fields, type Form, indices, text } from "./fields";

// The shipping form (./fields.ts). Money is typed in major units ("5.99") and stored in minor units; a zone's
// countries are one per line, "US" or "US: HI, AK" for some of its regions.

/** A stable id for a new zone or method, from its name, unique among its siblings. */
function idFor(given: string, name: string, taken: Set<string>, fallback: string): string {
  let base =
    given ||
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 30) ||
    fallback;
  if (!/^[a-z0-9]/.test(base)) base = fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** "US\nCA: ON, QC" → [{ code: "US", regions: [] }, { code: "CA", regions: ["ON", "QC"] }]. */
export function parseCountries(value: string): ShippingSettings["zones"][number]["countries"] {
  return value
    .split(/[\n;]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [code = "", regions = ""] = line.split(":");
      return {
        code: code.trim().toUpperCase(),
        regions: regions
          .split(/[,\s]+/)
          .map((r) => r.trim().toUpperCase())
          .filter(Boolean),
      };
    });
}

/**
 * The posted form as the settings' shape (rows renumbered from 0, so the settings' own error
 * paths are the renumbered ones: the form posts its rows numbered from 0 in order, too), or
 * the money fields that are not amounts.
 */
export function shippingFromForm(
  form: Form,
  currency: string,
): { ok: true; value: unknown } | { ok: false; fields: Fields } {
  const fields: Fields = {};
  const amount = (key: string, optional = false): number | null => {
    const raw = text(form, key);
    if (optional && raw === "") return null;
    const parsed = parseMoneyInput(raw, currency);
    if (parsed === null) fields[key] = [raw === "" ? "Enter an amount." : "Enter an amount like 5.99."];
    return parsed ?? 0;
  };
  const zoneIds = new Set<string>();
  const zones = indices(form, "zones").map((zi, z) => {
    const at = `zones.${zi}`;
    const name = text(form, `${at}.name`);
    const methodIds = new Set<string>();
    return {
      id: idFor(text(form, `${at}.id`), name, zoneIds, `zone-${z + 1}`),
      name,
      countries: parseCountries(text(form, `${at}.countries`)),
      taxShipping: form[`${at}.taxShipping`] === "on",
      methods: indices(form, `${at}.methods`).map((mi, m) => {
        const mat = `${at}.methods.${mi}`;
        const methodName = text(form, `${mat}.name`);
        return {
          id: idFor(text(form, `${mat}.id`), methodName, methodIds, `method-${m + 1}`),
          name: methodName,
          price: amount(`${mat}.price`),
          delivery: text(form, `${mat}.delivery`),
          freeOver: amount(`${mat}.freeOver`, true),
          weightTiers: indices(form, `${mat}.weightTiers`).map((ti) => ({
            upToGrams: text(form, `${mat}.weightTiers.${ti}.upToGrams`),
            price: amount(`${mat}.weightTiers.${ti}.price`),
          })),
        };
      }),
    };
  });
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, value: { zones } };
}

/** A zone's country errors ("zones.0.countries.2.code") belong to its one countries box. */
export function shippingErrorFields(fields: Record<string, string[] | undefined>): Fields {
  const out: Fields = {};
  for (const [key, messages] of Object.entries(fields)) {
    const name = key.replace(/^(zones\.\d+\.countries)\..*$/, "$1");
    (out[name] ??= []).push(...(messages ?? []));
  }
  return out;
}
