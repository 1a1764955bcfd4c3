import { render } from "@react-email/components";
import { env } from "@/lib/env";
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

export function defaultBrand(): Brand {
  return { storeName: env.STORE_NAME, siteUrl: env.SITE_URL };
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
  const brand = options.brand ?? defaultBrand();
  const input = options.redacted && definition.redact ? definition.redact(props) : props;
  const element = definition.element(input, brand);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true, htmlToTextOptions })]);
  return { subject: definition.subject(input, brand), html, text };
}

export function hasSecrets(name: TemplateName): boolean {
  return Boolean((emailTemplates[name] as unknown as AnyTemplate).redact);
}
