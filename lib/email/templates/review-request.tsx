import { Link, Section, Text } from "@react-email/components";
import { colors, type Brand, EmailLayout, mutedStyle, Paragraph, textStyle } from "./layout";

export type ReviewRequestEmailProps = {
  orderNumber: string;
  customerName?: string;
  /** The products of the order the buyer has not reviewed yet, each with its review form. */
  products: { name: string; reviewUrl: string }[];
  /** Records the address in review_request_opt_outs (a signed link, lib/review-requests). */
  unsubscribeUrl: string;
};

export function ReviewRequestEmail({
  brand,
  orderNumber,
  customerName,
  products,
  unsubscribeUrl,
}: ReviewRequestEmailProps & { brand: Brand }) {
  return (
    <EmailLayout
      brand={brand}
      preview={`How was your order ${orderNumber}? A short review helps other shoppers.`}
      heading="How did it go?"
      footnote="You are receiving this email because your order was delivered."
    >
      <Paragraph>
        {customerName ? `Hi ${customerName}, we` : "We"} hope you are enjoying order {orderNumber}. A few words about
        what you bought help other shoppers choose, and help us do better.
      </Paragraph>
      <Section style={{ margin: "16px 0" }}>
        {products.map((product) => (
          <Text key={product.reviewUrl} style={{ ...textStyle, margin: "0 0 8px" }}>
            <Link href={product.reviewUrl} style={{ color: colors.accent, fontWeight: 600 }}>
              Review {product.name}
            </Link>
          </Text>
        ))}
      </Section>
      <Text style={mutedStyle}>
        Would you rather not be asked?{" "}
        <Link href={unsubscribeUrl} style={{ color: colors.muted }}>
          Stop review requests
        </Link>
      </Text>
    </EmailLayout>
  );
}
