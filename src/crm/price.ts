const formats = new Map<string, Intl.NumberFormat>();

/**
 * A lead's price with the language's digit grouping ("120,000", "120 000"). amoCRM keeps 0 for a lead nobody
 * priced, so 0 and a missing price are one thing, "no price", wherever a price is shown: null here.
 */
export function formatPrice(price: number | null | undefined, locale: string): string | null {
  if (price === null || price === undefined || !Number.isFinite(price) || price <= 0) return null;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    formats.set(locale, format);
  }
  return format.format(price);
}
