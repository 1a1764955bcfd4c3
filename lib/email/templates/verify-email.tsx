import { formatLongDateTime } from "@/lib/format";
import { ActionButton, type Brand, EmailLayout, Paragraph } from "./layout";

export type VerifyEmailProps = { name?: string; verifyUrl: string; expiresAt: string };

export function VerifyEmail({ brand, name, verifyUrl, expiresAt }: VerifyEmailProps & { brand: Brand }) {
  return (
    <EmailLayout
      brand={brand}
      preview="Confirm your email address to finish setting up your account."
      heading="Confirm your email address"
      footnote="You are receiving this email because this address was entered on our site."
    >
      <Paragraph>
        {name ? `Hi ${name}, please` : "Please"} confirm that this is your email address so we can send you order
        updates.
      </Paragraph>
      <ActionButton href={verifyUrl}>Confirm email address</ActionButton>
      <Paragraph muted>
        This link works once and expires on {formatLongDateTime(expiresAt, brand)}. If you did not sign up, you can
        ignore this email.
      </Paragraph>
    </EmailLayout>
  );
}
