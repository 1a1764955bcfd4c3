import { formatLongDateTime } from "@/lib/format";
import { ActionButton, type Brand, EmailLayout, Paragraph } from "./layout";

export type PasswordResetEmailProps = { name?: string; resetUrl: string; expiresAt: string };

export function PasswordResetEmail({ brand, name, resetUrl, expiresAt }: PasswordResetEmailProps & { brand: Brand }) {
  return (
    <EmailLayout
      brand={brand}
      preview="Use this link to choose a new password."
      heading="Reset your password"
      footnote="You are receiving this email because a password reset was requested for this address."
    >
      <Paragraph>
        {name ? `Hi ${name}, we` : "We"} received a request to reset the password for your {brand.storeName} account.
      </Paragraph>
      <ActionButton href={resetUrl}>Choose a new password</ActionButton>
      <Paragraph muted>
        This link works once and expires on {formatLongDateTime(expiresAt, brand)}. If you did not ask for a reset,
        ignore this email: your password stays the same.
      </Paragraph>
    </EmailLayout>
  );
}
