import { Link } from "@react-email/components";
import { formatMoney } from "@/lib/money";
import { ActionButton, type Brand, colors, EmailLayout, Paragraph } from "./layout";

export type BackInStockEmailProps = {
  name?: string;
  productName: string;
  /** The option saved with the item ("M / Black"), when one was picked. */
  variant?: string;
  productUrl: string;
  wishlistUrl: string;
  price?: number;
  currency?: string;
};

/** Sent once per return to stock of a wishlist item (lib/wishlist/back-in-stock.ts). */
export function BackInStockEmail({ brand, ...item }: BackInStockEmailProps & { brand: Brand }) {
  const what = item.variant ? `${item.productName} (${item.variant})` : item.productName;
  const price =
    item.price !== undefined && item.currency ? formatMoney({ amount: item.price, currency: item.currency }) : null;
  return (
    <EmailLayout
      brand={brand}
      preview={`${what} is back in stock.`}
      heading={`${item.productName} is back in stock`}
      footnote="You are receiving this email because this item is on your wishlist. Remove it from your wishlist to stop these emails."
    >
      <Paragraph>
        {item.name ? `Hi ${item.name}, good news: ` : "Good news: "}
        {what}, which you saved to your wishlist, can be ordered again{price ? ` at ${price}` : ""}. Stock may be
        limited, so we cannot hold it for you.
      </Paragraph>
      <ActionButton href={item.productUrl}>View {item.productName}</ActionButton>
      <Paragraph muted>
        See everything you saved on{" "}
        <Link href={item.wishlistUrl} style={{ color: colors.accent }}>
          your wishlist
        </Link>
        .
      </Paragraph>
    </EmailLayout>
  );
}
