import { render } from "@react-email/components";
import { db } from "@/db";
import { env } from "@/lib/env";
import { loadSettings, type StoreSettings } from "@/lib/settings";
import { type Brand, emailTemplates, type TemplateName, type TemplateProps } from "./templates";

// Tables marked data-text="table" (items, totals, details) keep their columns in the text
// version; layout tables stay plain blocks.
const htmlToTextOptions = {
  selectors: [
    {
      selector: "table[data-text=table]",
      format: "dataTable",
      options: { uppercaseHeaderCells: false, maxColumnWidth: 48, colSpacing: 3 },
    },
  ],
};

export type RenderedEmail = { subject: string; html: string; text: string };

/** The store as emails show it: its name, public URL, zone and footer details (the store settings). */
export function brandOf(store: StoreSettings): Brand {
  const a = store.address;
  const place = [a.postalCode, a.city].filter(Boolean).join(" ");
  return {
    storeName: store.name,
    siteUrl: store.publicUrl || env.SITE_URL,
    timeZone: store.timeZone,
    contactEmail: store.contactEmail,
    address: a.line1 ? [a.line1, a.line2, place, a.region, a.country].filter(Boolean).join(", ") : "",
    taxId: store.taxId,
  };
}

/** Read at each send (uncached): emails go out from jobs, outside any page's cache. */
export async function defaultBrand(): Promise<Brand> {
  return brandOf(await loadSettings(db, "store"));
}

type AnyTemplate = {
  subject: (props: unknown, brand: Brand) => string;
  element: (props: unknown, brand: Brand) => Parameters<typeof render>[0];
  redact?: (props: unknown) => unknown;
};

/** Renders a template to a subject, HTML and a plain-text version (generated from the HTML). */
export async function renderEmail<T extends TemplateName>(
  name: T,
  props: TemplateProps<T>,
  options: { brand?: Brand; redacted?: boolean } = {},
): Promise<RenderedEmail> {
  const definition = emailTemplates[name] as unknown as AnyTemplate;
  const brand = options.brand ?? (await defaultBrand());
  const input = options.redacted && definition.redact ? definition.redact(props) : props;
  const element = definition.element(input, brand);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true, htmlToTextOptions })]);
  return { subject: definition.subject(input, brand), html, text };
}

export function hasSecrets(name: TemplateName): boolean {
  return Boolean((emailTemplates[name] as unknown as AnyTemplate).redact);
}
