import { serializeJsonLd } from "@/lib/catalog";

export function JsonLd({ data }: { data: unknown }) {
  // serializeJsonLd escapes "<", so text from the database cannot end the script early.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
