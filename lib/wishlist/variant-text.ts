/** "M / Black", or the variant's title when it has no options. */
export function optionText(variant: { title: string; options: Record<string, string> }): string {
  const values = Object.values(variant.options);
  return values.length > 0 ? values.join(" / ") : variant.title;
}
