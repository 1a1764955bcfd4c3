"use client";

import { useActionState, useState, useTransition } from "react";
import { useVisitor } from "@/components/visitor/visitor-provider";
import type { ActionResult } from "@/lib/actions";

type ServerAction<T> = (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * A cart form that works with and without JavaScript. The `<form action={formAction}>`
 * posts to the server action natively when scripts are off (useActionState carries the
 * result into the re-rendered page). With scripts, `onSubmit` takes over: it runs
 * `optimistic(formData)` and the action inside one transition, so optimistic state lasts
 * exactly until the server's answer and refreshed page arrive; the cart count the action
 * reports goes to the header in the same transition. `onResult` runs even if the form is
 * gone by then (a removed line), e.g. to announce the result elsewhere.
 */
export function useCartAction<T extends { cartCount?: number } | undefined>(
  serverAction: ServerAction<T>,
  {
    optimistic,
    onResult,
  }: { optimistic?: (formData: FormData) => void; onResult?: (result: ActionResult<T>) => void } = {},
) {
  const [serverState, formAction] = useActionState(serverAction, null);
  const [clientState, setClientState] = useState<ActionResult<T> | null>(null);
  const [isPending, startTransition] = useTransition();
  const visitor = useVisitor();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(async () => {
      optimistic?.(formData);
      const result = await serverAction(clientState ?? serverState, formData);
      if (result.ok && result.data?.cartCount !== undefined) visitor?.setCartCount(result.data.cartCount);
      onResult?.(result);
      startTransition(() => setClientState(result));
    });
  }

  return { state: clientState ?? serverState, formAction, onSubmit, isPending };
}

/** The first error for a field, for the message under its input. */
export function fieldError(state: ActionResult<unknown> | null, field: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[field]?.[0] : undefined;
}
