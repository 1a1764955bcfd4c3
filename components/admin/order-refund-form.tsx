"use client";

import { useActionState, useState } from "react";
import { errorsFor, FormMessage, type FormAction } from "@/components/ui/action-form";
import { describedBy, fieldIds, inputClass } from "@/components/ui/field-ids";
import { SubmitButton, TextField } from "@/components/ui/form-controls";
import { formatMoney, parseMoneyInput } from "@/lib/money";
import { ConfirmStep } from "./confirm-dialog";
import { useReportSuccess } from "./order-actions-panel";

export type RefundableLine = { id: number; name: string; sku: string; unitPrice: number; refundable: number };

/**
 * Refund by line items (quantities, returned to stock or not) or by a typed amount, never
 * "empty means everything". The confirmation dialog states the amount, the stock that goes
 * back and how the money travels.
 */
export function OrderRefundForm({
  action,
  orderId,
  formKey,
  currency,
  remaining,
  lines,
  stripe,
  paymentLabel,
}: {
  action: FormAction;
  orderId: number;
  formKey: string;
  currency: string;
  /** What is left to refund on the order, in minor units. */
  remaining: number;
  lines: RefundableLine[];
  stripe: boolean;
  paymentLabel: string;
}) {
  const [result, formAction] = useActionState(action, null);
  const state = useReportSuccess(result);
  const empty = { quantities: {} as Record<number, string>, amount: "", restock: true, manual: false };
  const [values, setValues] = useState(empty);
  // A refund made empties the form (the page gives it a new one-time key), so the next click
  // cannot repeat it by accident. The form stays mounted, so its message reaches the panel.
  const [answered, setAnswered] = useState(result);
  if (answered !== result) {
    setAnswered(result);
    if (result?.ok) setValues(empty);
  }

  const money = (amount: number) => formatMoney({ amount, currency });
  const chosen = lines.flatMap((l) => {
    const quantity = Number(values.quantities[l.id] ?? 0);
    return Number.isInteger(quantity) && quantity > 0 ? [{ ...l, quantity }] : [];
  });
  const linesValue = Math.min(
    chosen.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0),
    remaining,
  );
  const typed = values.amount.trim() ? parseMoneyInput(values.amount, currency) : null;
  const amount = values.amount.trim() ? typed : chosen.length > 0 ? linesValue : null;
  const throughStripe = stripe && !values.manual;
  const items = chosen.map((l) => `${l.quantity} × ${l.name}`).join(", ");

  const summary =
    amount === null || amount <= 0 ? (
      <p>Choose the items to refund, or enter an amount above zero.</p>
    ) : (
      <>
        <p className="text-base font-semibold text-gray-950">Refund {money(amount)} to the customer.</p>
        {amount > remaining && <p className="text-red-700">That is more than the {money(remaining)} left to refund.</p>}
        <p>{items ? `For ${items}.` : "Not tied to any items."}</p>
        <p>{items && values.restock ? `Back to stock: ${items}.` : "Nothing goes back to stock."}</p>
        <p>
          {throughStripe
            ? `Paid by card: the money goes back through Stripe now (${paymentLabel}).`
            : `Recorded as refunded by hand (${paymentLabel}): send the money yourself.`}
        </p>
      </>
    );

  const id = (name: string) => fieldIds(name).input;
  const amountErrors = errorsFor(state, "amount");
  return (
    <form
      action={formAction}
      className="space-y-3 rounded-md border border-gray-200 p-4"
      aria-labelledby="refund-title"
      noValidate
    >
      <h3 id="refund-title" className="font-semibold text-gray-950">
        Refund
      </h3>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="action" value="refund" />
      <input type="hidden" name="idempotencyKey" value={formKey} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-gray-900">Items to refund</legend>
        {lines.map((line) => {
          const name = `quantity-${line.id}`;
          const errors = errorsFor(state, name);
          return (
            <div key={line.id}>
              <label htmlFor={id(name)} className="block text-sm text-gray-900">
                {line.name}{" "}
                <span className="text-gray-600">
                  · {line.sku} · {money(line.unitPrice)} each
                </span>
              </label>
              <div className="flex items-center gap-2">
                <input
                  id={id(name)}
                  name={name}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={line.refundable}
                  disabled={line.refundable === 0}
                  value={values.quantities[line.id] ?? ""}
                  onChange={(e) =>
                    setValues((v) => ({ ...v, quantities: { ...v.quantities, [line.id]: e.target.value } }))
                  }
                  aria-invalid={errors?.length ? true : undefined}
                  aria-describedby={describedBy(name, errors, "hint")}
                  className={`${inputClass} w-24`}
                />
                <span id={fieldIds(name).hint} className="text-sm text-gray-700">
                  {line.refundable === 0 ? "all refunded" : `of ${line.refundable}`}
                </span>
              </div>
              {errors?.length ? (
                <p id={fieldIds(name).error} className="mt-1 text-sm text-red-700">
                  {errors.join(" ")}
                </p>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <div className="flex items-center gap-2">
        <input
          id={id("restock")}
          name="restock"
          type="checkbox"
          value="yes"
          checked={values.restock}
          onChange={(e) => setValues((v) => ({ ...v, restock: e.target.checked }))}
          className="size-4"
        />
        <label htmlFor={id("restock")} className="text-sm text-gray-900">
          Return the refunded items to stock
        </label>
      </div>
      <div>
        <label htmlFor={id("amount")} className="block text-sm font-medium text-gray-900">
          Amount <span className="font-normal text-gray-600">(optional)</span>
        </label>
        <input
          id={id("amount")}
          name="amount"
          inputMode="decimal"
          maxLength={20}
          value={values.amount}
          onChange={(e) => setValues((v) => ({ ...v, amount: e.target.value }))}
          aria-invalid={amountErrors?.length ? true : undefined}
          aria-describedby={describedBy("amount", amountErrors, "hint")}
          className={inputClass}
        />
        <p id={fieldIds("amount").hint} className="mt-1 text-sm text-gray-600">
          Empty: the chosen items&rsquo; price. Or type an amount, such as 12.50, to refund without items.
        </p>
        {amountErrors?.length ? (
          <p id={fieldIds("amount").error} className="mt-1 text-sm text-red-700">
            {amountErrors.join(" ")}
          </p>
        ) : null}
      </div>
      {stripe && (
        <fieldset>
          <legend className="text-sm font-medium text-gray-900">How the money goes back</legend>
          <label className="mr-4 text-sm">
            <input
              type="radio"
              name="refundMethod"
              value="stripe"
              checked={!values.manual}
              onChange={() => setValues((v) => ({ ...v, manual: false }))}
            />{" "}
            Through Stripe
          </label>
          <label className="text-sm">
            <input
              type="radio"
              name="refundMethod"
              value="manual"
              checked={values.manual}
              onChange={() => setValues((v) => ({ ...v, manual: true }))}
            />{" "}
            Already refunded by hand
          </label>
        </fieldset>
      )}
      <TextField name="reason" label="Reason" maxLength={500} errors={errorsFor(state, "reason")} />
      <FormMessage state={state} />
      <SubmitButton variant="danger">Refund…</SubmitButton>
      <ConfirmStep
        title="Refund this order?"
        summary={summary}
        confirmLabel={amount && amount > 0 ? `Refund ${money(amount)}` : "Refund"}
        checkboxLabel="Yes, make this refund (it cannot be undone)."
        canConfirm={amount !== null && amount > 0}
        error={errorsFor(state, "confirm")}
      />
    </form>
  );
}
