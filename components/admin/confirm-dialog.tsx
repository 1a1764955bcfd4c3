"use client";

import { useEffect, useId, useRef, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * The confirmation step of a form that cannot be undone (cancel, refund). With JavaScript the
 * form's submit opens a modal <dialog> (focus moves in and stays there, Escape closes it,
 * focus returns to the button that opened it) that says what will happen; its confirm button
 * submits the form with `confirm=yes`. Without JavaScript a checkbox carries the same field,
 * and the server refuses the change without it, so one click can never apply it.
 * Place it inside the <form>, after the form's own fields.
 */
export function ConfirmStep({
  title,
  summary,
  confirmLabel,
  checkboxLabel,
  canConfirm = true,
  error,
}: {
  title: string;
  /** What will happen, in words (amount, stock, payment method). */
  summary: React.ReactNode;
  confirmLabel: string;
  /** The no-JavaScript checkbox's label. */
  checkboxLabel: string;
  /** False when the form is not ready (summary says why); the dialog then only offers "Go back". */
  canConfirm?: boolean;
  /** The server's error for the `confirm` field. */
  error?: string[];
}) {
  // False in the server's HTML (the checkbox works without JavaScript), true once hydrated.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const anchor = useRef<HTMLSpanElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const id = useId();

  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    // Runs before React's own submit handling (which ignores a prevented submit).
    const intercept = (event: SubmitEvent) => {
      // Only the dialog's own button, while the dialog is open, submits (not Enter in a field).
      if (event.submitter?.dataset.confirmStep === id && dialog.current?.open) {
        dialog.current.close();
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      opener.current = event.submitter ?? null;
      dialog.current?.showModal();
    };
    form.addEventListener("submit", intercept);
    return () => form.removeEventListener("submit", intercept);
  }, [id]);

  const close = () => dialog.current?.close();
  return (
    <>
      <span ref={anchor} hidden />
      {enhanced && <input type="hidden" name="confirm" value="yes" />}
      {!enhanced && (
        <div className="flex items-start gap-2">
          <input id={`${id}-confirm`} type="checkbox" name="confirm" value="yes" className="mt-0.5 size-4" />
          <label htmlFor={`${id}-confirm`} className="text-sm text-gray-900">
            {checkboxLabel}
          </label>
        </div>
      )}
      {error?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error.join(" ")}
        </p>
      ) : null}
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
        onClose={() => opener.current?.focus()}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-gray-300 p-0 shadow-xl backdrop:bg-gray-950/50"
      >
        <div className="space-y-4 p-5">
          <h2 id={`${id}-title`} className="text-lg font-semibold text-gray-950">
            {title}
          </h2>
          <div id={`${id}-summary`} className="space-y-2 text-sm text-gray-800">
            {summary}
          </div>
          <div className="flex flex-wrap justify-end gap-3">
            <button
              type="button"
              onClick={close}
              autoFocus
              className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-semibold text-gray-900 hover:bg-gray-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-gray-950"
            >
              Go back
            </button>
            {canConfirm && (
              <button
                type="submit"
                data-confirm-step={id}
                className="rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
              >
                {confirmLabel}
              </button>
            )}
          </div>
        </div>
      </dialog>
    </>
  );
}
