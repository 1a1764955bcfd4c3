import type { ReactElement } from "react";
import { BackInStockEmail, type BackInStockEmailProps } from "./back-in-stock";
import type { Brand } from "./layout";
import {
  OrderCancelledEmail,
  type OrderCancelledEmailProps,
  OrderRefundedEmail,
  type OrderRefundedEmailProps,
} from "./order-cancelled";
import { OrderConfirmationEmail, type OrderConfirmationEmailProps } from "./order-confirmation";
import { OrderDeliveredEmail, type OrderDeliveredEmailProps } from "./order-delivered";
import { OrderPackedEmail, type OrderPackedEmailProps } from "./order-packed";
import { OrderShippedEmail, type OrderShippedEmailProps } from "./order-shipped";
import { OrderTrackingEmail, type OrderTrackingEmailProps, orderTrackingSubject } from "./order-tracking";
import { PasswordResetEmail, type PasswordResetEmailProps } from "./password-reset";
import { PaymentReceiptEmail, type PaymentReceiptEmailProps } from "./payment-receipt";
import { PaymentReminderEmail, type PaymentReminderEmailProps } from "./payment-reminder";
import { ReviewRequestEmail, type ReviewRequestEmailProps } from "./review-request";
import { VerifyEmail, type VerifyEmailProps } from "./verify-email";
import { WelcomeEmail, type WelcomeEmailProps } from "./welcome";

export type { Brand } from "./layout";

type TemplateDefinition<P> = {
  subject: (props: P, brand: Brand) => string;
  element: (props: P, brand: Brand) => ReactElement;
  /**
   * For emails carrying a one-time secret: the props with it replaced. The log keeps this
   * copy (except under `next dev`, lib/email/one-time-links.ts), so nobody reading the log
   * can use someone else's password-reset or verification link.
   */
  redact?: (props: P) => P;
};

function template<P>(definition: TemplateDefinition<P>): TemplateDefinition<P> {
  return definition;
}

const removed = "[link removed from the email log]";

export const emailTemplates = {
  welcome: template<WelcomeEmailProps>({
    subject: (_, brand) => `Welcome to ${brand.storeName}`,
    element: (props, brand) => <WelcomeEmail {...props} brand={brand} />,
  }),
  "verify-email": template<VerifyEmailProps>({
    subject: (_, brand) => `Confirm your email address for ${brand.storeName}`,
    element: (props, brand) => <VerifyEmail {...props} brand={brand} />,
    redact: (props) => ({ ...props, verifyUrl: removed }),
  }),
  "password-reset": template<PasswordResetEmailProps>({
    subject: (_, brand) => `Reset your ${brand.storeName} password`,
    element: (props, brand) => <PasswordResetEmail {...props} brand={brand} />,
    redact: (props) => ({ ...props, resetUrl: removed }),
  }),
  "order-confirmation": template<OrderConfirmationEmailProps>({
    subject: ({ order }) => `Order ${order.orderNumber} confirmed`,
    element: (props, brand) => <OrderConfirmationEmail {...props} brand={brand} />,
  }),
  "payment-receipt": template<PaymentReceiptEmailProps>({
    subject: ({ order }) => `Receipt for order ${order.orderNumber}`,
    element: (props, brand) => <PaymentReceiptEmail {...props} brand={brand} />,
  }),
  "payment-reminder": template<PaymentReminderEmailProps>({
    subject: (props) => `Order ${props.orderNumber} is waiting for your bank transfer`,
    element: (props, brand) => <PaymentReminderEmail {...props} brand={brand} />,
  }),
  "order-packed": template<OrderPackedEmailProps>({
    subject: (props) => `Order ${props.orderNumber} is packed`,
    element: (props, brand) => <OrderPackedEmail {...props} brand={brand} />,
  }),
  "order-shipped": template<OrderShippedEmailProps>({
    subject: (props) => `Order ${props.orderNumber} has shipped`,
    element: (props, brand) => <OrderShippedEmail {...props} brand={brand} />,
  }),
  "order-tracking": template<OrderTrackingEmailProps>({
    subject: orderTrackingSubject,
    element: (props, brand) => <OrderTrackingEmail {...props} brand={brand} />,
  }),
  "order-delivered": template<OrderDeliveredEmailProps>({
    subject: (props) => `Order ${props.orderNumber} was delivered`,
    element: (props, brand) => <OrderDeliveredEmail {...props} brand={brand} />,
  }),
  "order-cancelled": template<OrderCancelledEmailProps>({
    subject: (props) => `Order ${props.orderNumber} has been cancelled`,
    element: (props, brand) => <OrderCancelledEmail {...props} brand={brand} />,
  }),
  "order-refunded": template<OrderRefundedEmailProps>({
    subject: (props) => `Refund for order ${props.orderNumber}`,
    element: (props, brand) => <OrderRefundedEmail {...props} brand={brand} />,
  }),
  "review-request": template<ReviewRequestEmailProps>({
    subject: (props) => `How was your order ${props.orderNumber}?`,
    element: (props, brand) => <ReviewRequestEmail {...props} brand={brand} />,
  }),
  "back-in-stock": template<BackInStockEmailProps>({
    subject: (props) => `${props.productName} is back in stock`,
    element: (props, brand) => <BackInStockEmail {...props} brand={brand} />,
  }),
};

export type TemplateName = keyof typeof emailTemplates;
export type TemplateProps<T extends TemplateName> =
  (typeof emailTemplates)[T] extends TemplateDefinition<infer P> ? P : never;
export const templateNames = Object.keys(emailTemplates) as TemplateName[];
