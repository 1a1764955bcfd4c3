"use client";

import Link from "next/link";
import { useState } from "react";
import { AddressFields } from "@/components/account/address-fields";
import { ActionForm, FormMessage, type FormAction } from "@/components/ui/action-form";
import { Checkbox, SubmitButton, TextField } from "@/components/ui/form-controls";
import { formatAddressLine, type CheckoutDraft } from "@/lib/checkout/client";
import { formatMoney, type Money } from "@/lib/money";
import { paymentMethodHints, paymentMethodLabels } from "@/lib/orders/client";
import type { PaymentMethod } from "@/lib/payments/client";
import { shippingOptions } from "@/lib/pricing";
import type { ShippingSettings } from "@/lib/settings/client";
import { ChoiceGroup } from "./choice-group";

export type SavedAddressOption = { id: number; label: string; country: string; isDefault: boolean };

/**
 * The checkout's details step: contact, delivery address, shipping, discount code and
 * payment method in one form. It posts without JavaScript; with it, the shipping prices
 * follow the chosen country at once. Every figure is recomputed on the server.
 */
export function DetailsForm({
  action,
  signedInEmail,
  savedAddresses,
  draft,
  methods,
  subtotal,
  weightGrams,
  shippingSettings,
}: {
  action: FormAction;
  signedInEmail: string | null;
  savedAddresses: SavedAddressOption[];
  draft: CheckoutDraft | null;
  methods: PaymentMethod[];
  subtotal: Money;
  weightGrams: number;
  /** The owner's shipping zones, from the server page: the browser prices the choices with them. */
  shippingSettings: ShippingSettings;
}) {
  const defaultChoice = draft
    ? String(draft.addressChoice)
    : String(savedAddresses.find((a) => a.isDefault)?.id ?? savedAddresses[0]?.id ?? "new");
  const [choice, setChoice] = useState(defaultChoice);
  const chosenSaved = savedAddresses.find((a) => String(a.id) === choice);
  const [newCountry, setNewCountry] = useState(draft?.address?.country ?? "US");
  const country = chosenSaved?.country ?? newCountry;

  const options = shippingOptions(shippingSettings, { country, goods: subtotal, weightGrams });
  const shipping = options.map((option) => ({
    value: option.method,
    label: `${option.label} · ${option.delivery}`,
    aside: option.free ? "Free" : formatMoney(option.price),
    hint: option.freeFrom !== null && !option.free ? `Free over ${formatMoney(option.freeFrom)}` : undefined,
  }));

  return (
    <ActionForm action={action} className="space-y-8" aria-label="Checkout details">
      <FormMessage />

      <section aria-labelledby="contact-heading" className="space-y-4">
        <h2 id="contact-heading" className="text-lg font-semibold text-gray-950">
          Contact
        </h2>
        {signedInEmail ? (
          <p className="text-sm text-gray-800">
            We will send the confirmation to <strong>{signedInEmail}</strong>, your account email.
          </p>
        ) : (
          <>
            <TextField
              name="email"
              label="Email"
              type="email"
              autoComplete="email"
              required
              defaultValue={draft?.email ?? ""}
              hint="For your order confirmation and delivery updates."
            />
            <p className="text-sm text-gray-700">
              Have an account?{" "}
              <Link href="/login?callbackUrl=/checkout" className="font-medium text-gray-950 underline">
                Log in
              </Link>{" "}
              to use your saved addresses.
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="address-heading" className="space-y-4">
        <h2 id="address-heading" className="text-lg font-semibold text-gray-950">
          Delivery address
        </h2>
        {savedAddresses.length > 0 && (
          <ChoiceGroup
            name="addressChoice"
            legend="Deliver to"
            defaultValue={defaultChoice}
            onChange={setChoice}
            choices={[
              ...savedAddresses.map((a) => ({
                value: String(a.id),
                label: a.label,
                hint: a.isDefault ? "Your default address" : undefined,
              })),
              { value: "new", label: "A new address" },
            ]}
          />
        )}
        {/* Without JavaScript the new-address fields are always there; the choice above decides. */}
        <div hidden={savedAddresses.length > 0 && choice !== "new"} className="space-y-2">
          {savedAddresses.length > 0 && <p className="text-sm text-gray-700">Used when “A new address” is chosen.</p>}
          <AddressFields defaults={draft?.address ?? {}} onCountryChange={setNewCountry} />
        </div>
      </section>

      <section aria-labelledby="texts-heading" className="space-y-4">
        <h2 id="texts-heading" className="text-lg font-semibold text-gray-950">
          Text updates
        </h2>
        <TextField
          name="smsPhone"
          label="Mobile number for texts"
          type="tel"
          autoComplete="tel"
          defaultValue={draft?.smsPhone ?? ""}
          hint="Used only for the texts below. Add the country code if the number is not from the delivery country."
        />
        {/* A national number is read in the delivery country; without JavaScript, the first one shown. */}
        <input type="hidden" name="phoneCountry" value={country} />
        <Checkbox
          name="smsOptIn"
          label="Text me when my order ships and when it is delivered"
          defaultChecked={draft?.smsOptIn ?? false}
        />
        <p className="text-sm text-gray-700">Reply STOP to any of our texts to get no more. Carrier rates may apply.</p>
      </section>

      <section aria-labelledby="shipping-heading">
        <h2 id="shipping-heading" className="sr-only">
          Shipping
        </h2>
        <ChoiceGroup
          name="shippingMethod"
          legend="Shipping method"
          choices={shipping}
          defaultValue={
            options.some((o) => o.method === draft?.shippingMethod) ? draft?.shippingMethod : options[0]?.method
          }
        />
        <p className="mt-2 text-sm text-gray-700">
          Prices for {formatAddressLine({ country })}; the review shows the exact cost.
        </p>
      </section>

      <section aria-labelledby="discount-heading">
        <h2 id="discount-heading" className="sr-only">
          Discount
        </h2>
        <TextField
          name="discountCode"
          label="Discount code"
          autoComplete="off"
          defaultValue={draft?.discountCode ?? ""}
        />
      </section>

      <section aria-labelledby="payment-heading">
        <h2 id="payment-heading" className="sr-only">
          Payment
        </h2>
        <ChoiceGroup
          name="paymentMethod"
          legend="Payment method"
          defaultValue={draft && methods.includes(draft.paymentMethod) ? draft.paymentMethod : methods[0]}

          choices={methods.map((method) => ({
            value: method,
            label: paymentMethodLabels[method],
            hint: paymentMethodHints[method],
          }))}
        />
      </section>

      <SubmitButton>Continue to review</SubmitButton>
    </ActionForm>
  );
}
