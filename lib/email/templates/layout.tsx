import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";

// The shell every email shares. Inline styles only (mail clients drop <style> blocks),
// 16px body text, colours that pass WCAG AA on white, one <h1> per email, real links.

export type Brand = {
  storeName: string;
  siteUrl: string;
  /** The store's zone: dates in emails read in it (the store settings). */
  timeZone?: string;
  /** The footer's contact details, from the store settings. */
  contactEmail?: string;
  address?: string;
  taxId?: string;
};

export const colors = { text: "#1f2937", muted: "#4b5563", border: "#e5e7eb", accent: "#111827", page: "#f3f4f6" };

const font = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

const styles = {
  body: { backgroundColor: colors.page, margin: 0, padding: "24px 0", fontFamily: font, color: colors.text },
  container: { maxWidth: "600px", margin: "0 auto", padding: "0 12px" },
  header: { padding: "8px 0 16px" },
  logo: { color: colors.accent, fontSize: "20px", fontWeight: 700, textDecoration: "none" },
  card: { backgroundColor: "#ffffff", borderRadius: "8px", padding: "32px 28px", border: `1px solid ${colors.border}` },
  h1: { fontSize: "24px", lineHeight: "32px", fontWeight: 700, margin: "0 0 16px", color: colors.accent },
  footer: { padding: "16px 4px", color: colors.muted, fontSize: "13px", lineHeight: "20px" },
} satisfies Record<string, CSSProperties>;

export const textStyle: CSSProperties = {
  fontSize: "16px",
  lineHeight: "26px",
  margin: "0 0 16px",
  color: colors.text,
};
export const mutedStyle: CSSProperties = { ...textStyle, fontSize: "14px", lineHeight: "22px", color: colors.muted };
export const h2Style: CSSProperties = { fontSize: "18px", lineHeight: "26px", fontWeight: 700, margin: "24px 0 8px" };

export function EmailLayout(props: {
  brand: Brand;
  preview: string;
  heading: string;
  children: ReactNode;
  footnote?: string;
}) {
  const { brand } = props;
  return (
    <Html lang="en" dir="ltr">
      <Head>
        <title>{props.heading}</title>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{props.preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section style={styles.header}>
            <Link href={brand.siteUrl} style={styles.logo}>
              {brand.storeName}
            </Link>
          </Section>
          <Section style={styles.card}>
            <Heading as="h1" style={styles.h1}>
              {props.heading}
            </Heading>
            {props.children}
          </Section>
          <Section style={styles.footer}>
            {props.footnote ? (
              <Text style={{ ...styles.footer, padding: 0, margin: "0 0 8px" }}>{props.footnote}</Text>
            ) : null}
            <Text style={{ ...styles.footer, padding: 0, margin: 0 }}>
              {brand.storeName} ·{" "}
              <Link href={brand.siteUrl} style={{ color: colors.muted }}>
                {hostOf(brand.siteUrl)}
              </Link>
            </Text>
            {brand.address || brand.contactEmail || brand.taxId ? (
              <Text style={{ ...styles.footer, padding: 0, margin: "8px 0 0" }}>
                {[brand.address, brand.contactEmail, brand.taxId ? `Tax id ${brand.taxId}` : ""]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
            ) : null}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children, muted }: { children: ReactNode; muted?: boolean }) {
  return <Text style={muted ? mutedStyle : textStyle}>{children}</Text>;
}

/** A call to action, plus the bare URL under it for clients that block buttons. */
export function ActionButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "24px 0" }}>
      <Button
        href={href}
        style={{
          backgroundColor: colors.accent,
          color: "#ffffff",
          borderRadius: "6px",
          fontSize: "16px",
          fontWeight: 600,
          padding: "12px 20px",
          textDecoration: "none",
          display: "inline-block",
        }}
      >
        {children}
      </Button>
      {/* The text version already prints the button's URL beside its label. */}
      <Text data-skip-in-text="true" style={{ ...mutedStyle, margin: "12px 0 0", wordBreak: "break-all" }}>
        Or open this link:{" "}
        <Link href={href} style={{ color: colors.accent }}>
          {href}
        </Link>
      </Text>
    </Section>
  );
}

export function Divider() {
  return <Hr style={{ borderColor: colors.border, margin: "24px 0" }} />;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
