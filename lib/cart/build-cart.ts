import { estimateShippingAndTax, type TaxLine } from "@/lib/pricing";
import type { CatalogImage } from "@/lib/catalog";
import { money, multiplyMoney, type Money } from "@/lib/money";
import type { ShippingSettings, TaxSettings } from "@/lib/settings/client";
import type { StoredLine } from "./store/types";

// Cart maths, pure: stored lines (ids and quantities) + fresh variant rows → what the cart
// page shows. Every price comes from `variants`; the stored "seen" price only feeds the
// "price changed" notice.

/** The variant fields the maths needs; lib/cart/variants.ts reads them from the database. */
export type PricedVariant = {
  id: number;
  title: string;
  options: Record<string, string>;
  price: Money;
  stock: number;
  /** One unit's weight, for weight-tiered shipping. */
  weightGrams?: number;
  productName: string;
  productSlug: string;
  productStatus: "draft" | "active" | "archived";
  image: CatalogImage | null;
};

export type CartLineView = {
  variantId: number;
  quantity: number;
  productName: string;
  productSlug: string | null;
  variantTitle: string;
  options: Record<string, string>;
  image: CatalogImage | null;
  /** Current price; null when the variant is gone. */
  unitPrice: Money | null;
  /** Null when the line cannot be bought and so is left out of the subtotal. */
  lineTotal: Money | null;
  stock: number;
  /** Deleted, draft or archived, or sold in another currency. */
  unavailable: boolean;
  outOfStock: boolean;
  /** More in the cart than in stock (but some in stock): "Only N left". */
  exceedsStock: boolean;
  /** The price shown when it was added, when today's differs. */
  priceChangedFrom: Money | null;
};

export type CartView = {
  /** Null until the shopper adds something. */
  id: string | null;
  lines: CartLineView[];
  itemCount: number;
  /** Σ weight × quantity of the lines that can be bought: what weight-tiered shipping charges for. */
  weightGrams: number;
  currency: string;
  subtotal: Money;
  shipping: Money;
  tax: Money;
  /** The tax is part of the prices ("incl. VAT"), not added to the total. */
  pricesIncludeTax: boolean;
  taxLines: TaxLine[];
  total: Money;
  untilFreeShipping: Money | null;
  /** Some line needs the shopper's attention before checkout. */
  hasIssues: boolean;
};

/** The human name of a variant: "Ridge Tent (2-person)", or just the product name. */
export function variantLabel({ productName, title }: { productName: string; title: string }): string {
  const name = title.trim();
  return name && name.toLowerCase() !== "default" ? `${productName} (${name})` : productName;
}

/**
 * Whether a variant can be in a cart at all: its product is on sale and priced in the
 * store's currency (a cart has one currency; mixing them would make totals lie).
 */
export function isSellableIn<V extends PricedVariant>(variant: V | null | undefined, currency: string): variant is V {
  return !!variant && variant.productStatus === "active" && variant.price.currency === currency;
}

function lineView(line: StoredLine, variant: PricedVariant | undefined, currency: string): CartLineView {
  const unavailable = !isSellableIn(variant, currency);
  const stock = variant ? Math.max(0, variant.stock) : 0;
  const outOfStock = !unavailable && stock === 0;
  const buyable = !unavailable && !outOfStock;
  const seen = line.seenUnitPrice;
  const priceChanged =
    !!variant && buyable && seen.currency === variant.price.currency && seen.amount !== variant.price.amount;
  return {
    variantId: line.variantId,
    quantity: line.quantity,
    productName: variant?.productName ?? "An item no longer sold",
    productSlug: variant && variant.productStatus === "active" ? variant.productSlug : null,
    variantTitle: variant?.title ?? "",
    options: variant?.options ?? {},
    image: variant?.image ?? null,
    unitPrice: variant && !unavailable ? variant.price : null,
    lineTotal: buyable ? multiplyMoney(variant.price, line.quantity) : null,
    stock,
    unavailable,
    outOfStock,
    exceedsStock: buyable && line.quantity > stock,
    priceChangedFrom: priceChanged ? seen : null,
  };
}

export function buildCart({
  id,
  lines,
  variants,
  currency,
  country,
  shippingSettings,
  taxSettings,
}: {
  id: string | null;
  lines: readonly StoredLine[];
  variants: ReadonlyMap<number, PricedVariant>;
  currency: string;
  country?: string;
  /** The owner's settings, read uncached by the caller (./price-cart.ts). */
  shippingSettings: ShippingSettings;
  taxSettings: TaxSettings;
}): CartView {
  const views = lines.map((line) => lineView(line, variants.get(line.variantId), currency));
  const subtotal = money(
    views.reduce((sum, line) => sum + (line.lineTotal?.amount ?? 0), 0),
    currency,
  );
  // Only lines that count towards the subtotal are shipped.
  const weightGrams = views.reduce(
    (sum, line) => sum + (line.lineTotal ? (variants.get(line.variantId)?.weightGrams ?? 0) * line.quantity : 0),
    0,
  );
  const estimate = estimateShippingAndTax({ shippingSettings, taxSettings, subtotal, weightGrams, country });
  return {
    id,
    lines: views,
    itemCount: views.reduce((sum, line) => sum + line.quantity, 0),
    weightGrams,
    currency,
    subtotal,
    shipping: estimate.shipping,
    tax: estimate.tax,
    pricesIncludeTax: estimate.pricesIncludeTax,
    taxLines: estimate.taxLines,
    total: estimate.total,
    untilFreeShipping: subtotal.amount > 0 ? estimate.untilFreeShipping : null,
    hasIssues: views.some((l) => l.unavailable || l.outOfStock || l.exceedsStock),
  };
}
