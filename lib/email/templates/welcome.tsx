import { ActionButton, type Brand, EmailLayout, Paragraph } from "./layout";

export type WelcomeEmailProps = { name?: string };

export function WelcomeEmail({ brand, name }: WelcomeEmailProps & { brand: Brand }) {
  return (
    <EmailLayout
      brand={brand}
      preview={`Your ${brand.storeName} account is ready.`}
      heading={name ? `Welcome, ${name}!` : `Welcome to ${brand.storeName}!`}
      footnote="You are receiving this email because an account was created with this address."
    >
      <Paragraph>
        Thanks for creating an account. You can now check out faster, save addresses and follow every order from placed
        to delivered.
      </Paragraph>
      <ActionButton href={brand.siteUrl}>Start shopping</ActionButton>
      <Paragraph muted>If you did not create this account, reply to this email and we will close it.</Paragraph>
    </EmailLayout>
  );
}
