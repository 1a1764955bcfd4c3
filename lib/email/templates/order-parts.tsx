import { Heading, Section, Text } from "@react-email/components";
import type { CSSProperties } from "react";
import { formatMoney } from "@/lib/money";
import { taxLineLabel } from "@/lib/pricing";
import { countryName } from "../format";
import type { EmailAddress, EmailOrder, EmailOrderLine, EmailOrderTotals } from "../types";
import { ActionButton, colors, Divider, h2Style, textStyle } from "./layout";

// Order tables are data, so they are real tables with header cells (screen readers announce
// "Qty 2"), unlike React Email's layout tables, which are role="presentation".
// data-text="table" asks the plain-text version to lay them out in columns (render.ts).

const cell: CSSProperties = {
  padding: "10px 0",
  borderBottom: `1px solid ${colors.border}`,
  fontSize: "15px",
  lineHeight: "22px",
  verticalAlign: "top",
};
const headCell: CSSProperties = { ...cell, fontSize: "13px", color: colors.muted, fontWeight: 600, textAlign: "left" };
const num: CSSProperties = { textAlign: "right", whiteSpace: "nowrap", paddingLeft: "12px" };

export function OrderItemsTable({
  items,
  currency,
  caption = "Items",
}: {
  items: EmailOrderLine[];
  currency: string;
  caption?: string;
}) {
  const money = (amount: number) => formatMoney({ amount, currency });
  return (
    <Section>
      <Heading as="h2" style={h2Style}>
        {caption}
      </Heading>
      <table
        data-text="table"
        width="100%"
        cellPadding={0}
        cellSpacing={0}
        style={{ borderCollapse: "collapse", width: "100%" }}
      >
        <thead>
          <tr>
            <th scope="col" style={headCell}>
              Item
            </th>
            <th scope="col" style={{ ...headCell, ...num }}>
              Qty
            </th>
            <th scope="col" style={{ ...headCell, ...num }}>
              Price
            </th>
            <th scope="col" style={{ ...headCell, ...num }}>
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={`${item.sku ?? item.name}-${index}`}>
              <td style={cell}>
                <strong>{item.name}</strong>
                {item.variant ? (
                  <>
                    <br />
                    <span style={{ color: colors.muted, fontSize: "14px" }}>{item.variant}</span>
                  </>
                ) : null}
              </td>
              <td style={{ ...cell, ...num }}>{item.quantity}</td>
              <td style={{ ...cell, ...num }}>{money(item.unitPrice)}</td>
              <td style={{ ...cell, ...num }}>{money(item.lineTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

export function TotalsTable({ totals, currency }: { totals: EmailOrderTotals; currency: string }) {
  const money = (amount: number) => formatMoney({ amount, currency });
  const rows: [string, string][] = [["Subtotal", money(totals.subtotal)]];
  if (totals.discount > 0) rows.push(["Discount", `−${money(totals.discount)}`]);
  rows.push(["Shipping", totals.shipping === 0 ? "Free" : money(totals.shipping)]);
  if (totals.taxLines?.length) {
    for (const line of totals.taxLines)
      rows.push([taxLineLabel(line, totals.pricesIncludeTax ?? false), money(line.amount)]);
  } else if (totals.tax > 0) rows.push(["Tax", money(totals.tax)]);
  const row: CSSProperties = { fontSize: "15px", lineHeight: "22px", padding: "4px 0" };
  return (
    <table
      data-text="table"
      width="100%"
      cellPadding={0}
      cellSpacing={0}
      style={{ borderCollapse: "collapse", width: "100%", marginTop: "12px" }}
    >
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" style={{ ...row, textAlign: "left", fontWeight: 400, color: colors.muted }}>
              {label}
            </th>
            <td style={{ ...row, ...num }}>{value}</td>
          </tr>
        ))}
        <tr>
          <th
            scope="row"
            style={{
              ...row,
              textAlign: "left",
              fontSize: "17px",
              paddingTop: "10px",
              borderTop: `1px solid ${colors.border}`,
            }}
          >
            Total
          </th>
          <td
            style={{
              ...row,
              ...num,
              fontSize: "17px",
              fontWeight: 700,
              paddingTop: "10px",
              borderTop: `1px solid ${colors.border}`,
            }}
          >
            {money(totals.total)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

export function AddressBlock({ title, address }: { title: string; address: EmailAddress }) {
  const lines = [
    address.fullName,
    address.company,
    address.line1,
    address.line2,
    [address.city, address.region, address.postalCode].filter(Boolean).join(", "),
    countryName(address.country),
  ].filter((line): line is string => Boolean(line));
  return (
    <Section>
      <Heading as="h2" style={h2Style}>
        {title}
      </Heading>
      <Text style={{ ...textStyle, margin: 0 }}>
        {lines.map((line, index) => (
          <span key={index}>
            {line}
            {index < lines.length - 1 ? <br /> : null}
          </span>
        ))}
      </Text>
    </Section>
  );
}

/** Label/value pairs such as "Carrier: UPS", as a table so the pairs stay paired when read aloud. */
export function DetailsTable({ rows }: { rows: [string, string | undefined][] }) {
  const style: CSSProperties = { fontSize: "15px", lineHeight: "22px", padding: "4px 0", verticalAlign: "top" };
  return (
    <table data-text="table" cellPadding={0} cellSpacing={0} style={{ borderCollapse: "collapse", margin: "0 0 16px" }}>
      <tbody>
        {rows
          .filter((pair): pair is [string, string] => Boolean(pair[1]))
          .map(([label, value]) => (
            <tr key={label}>
              <th
                scope="row"
                style={{ ...style, textAlign: "left", fontWeight: 400, color: colors.muted, paddingRight: "16px" }}
              >
                {label}
              </th>
              <td style={{ ...style, fontWeight: 600 }}>{value}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

/**
 * What the confirmation and the receipt both show under their own details: the items, the
 * totals, where it ships and a link to the order page, so the two cannot drift apart.
 */
export function OrderSummary({ order }: { order: EmailOrder }) {
  return (
    <>
      <OrderItemsTable items={order.items} currency={order.currency} />
      <TotalsTable totals={order.totals} currency={order.currency} />
      <Divider />
      <AddressBlock title="Shipping to" address={order.shippingAddress} />
      {order.orderUrl ? <ActionButton href={order.orderUrl}>View your order</ActionButton> : null}
    </>
  );
}
