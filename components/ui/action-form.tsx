"use client";

import { createContext, useActionState, useContext, useEffect, useRef, useTransition } from "react";
import type { ActionResult } from "@/lib/actions";

/** A server action as useActionState calls it. */
export type FormAction = (state: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;

type FormState = ActionResult<unknown> | null;

// The last result of the nearest ActionForm, so its fields and message find their own
// errors by name instead of every form threading them through by hand.
const FormStateContext = createContext<FormState>(null);
// The nearest ActionForm's id scope (fieldIds), for pages that repeat one form.
const FieldScopeContext = createContext("");

export function useFieldScope(): string {
  return useContext(FieldScopeContext);
}

export function errorsFor(state: FormState, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}

/** `errors` when given (forms that keep their own state), else the nearest ActionForm's errors for `name`. */
export function useFieldErrors(name: string, errors?: string[]): string[] | undefined {
  const state = useContext(FormStateContext);
  return errors ?? errorsFor(state, name);
}

/**
 * React resets a form after its action runs; on a validation error that would wipe what
 * the shopper typed (and desync a controlled <select>). With JavaScript, submit through a
 * transition instead, which does not reset; without it, `action` still posts the form.
 * Buttons with their own formAction (social sign-in) keep React's default handling.
 */
export function useSubmitWithoutReset(formAction: (formData: FormData) => void) {
  const [, startTransition] = useTransition();
  return (event: React.FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter?.hasAttribute("formaction")) return;
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
}

/**
 * A form posting to a server action: it posts without JavaScript, keeps what was typed
 * after a failed submit, and gives its fields and <FormMessage /> the action's result.
 * The server validates; the browser's own validation is off so those messages show.
 */
export function ActionForm({
  action,
  className,
  idScope = "",
  "aria-label": ariaLabel,
  clearOnSuccess = false,
  children,
}: {
  action: FormAction;
  className?: string;
  /** Makes the fields' ids unique when the page shows this form more than once. */
  idScope?: string;
  "aria-label"?: string;
  /** Empty the fields once the action succeeds, for forms that make a change each time they are sent. */
  clearOnSuccess?: boolean;
  children: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  const onSubmit = useSubmitWithoutReset(formAction);
  const form = useRef<HTMLFormElement>(null);
  // A stock change left in its fields would be made again by the next click.
  useEffect(() => {
    if (clearOnSuccess && state?.ok) form.current?.reset();
  }, [clearOnSuccess, state]);
  return (
    <FormStateContext value={state}>
      <FieldScopeContext value={idScope}>
        <form
          ref={form}
          action={formAction}
          onSubmit={onSubmit}
          className={className}
          aria-label={ariaLabel}
          noValidate
        >
          {children}
        </form>
      </FieldScopeContext>
    </FormStateContext>
  );
}

/** The form-level outcome: errors as an alert, successes as a polite status. Without `state`, the nearest ActionForm's. */
export function FormMessage({ state }: { state?: FormState }) {
  const fromForm = useContext(FormStateContext);
  const result = state === undefined ? fromForm : state;
  if (!result) return <div aria-live="polite" className="sr-only" />;
  if (result.ok) {
    return result.message ? (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
        {result.message}
      </p>
    ) : null;
  }
  return result.formError ? (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      {result.formError}
    </p>
  ) : null;
}
