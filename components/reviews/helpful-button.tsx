"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { FormAction } from "@/components/ui/action-form";
import { LOG_IN_TO_VOTE } from "@/lib/reviews/client";

/**
 * "Helpful" on a cached page: the same for every visitor, so the vote is a form posted to a
 * server action (it works without JavaScript too) and the answer is this shopper's alone.
 */
export function HelpfulButton({
  action,
  reviewId,
  count,
  returnTo,
}: {
  action: FormAction;
  reviewId: number;
  count: number;
  returnTo: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const shown = state?.ok ? (state.data as { helpfulCount: number }).helpfulCount : count;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3 text-sm">
      <input type="hidden" name="reviewId" value={reviewId} />
      <button
        type="submit"
        disabled={pending || state?.ok}
        className="rounded-md border border-gray-300 px-3 py-1 font-medium text-gray-900 hover:bg-gray-50 disabled:opacity-60"
      >
        Helpful ({shown})<span className="sr-only"> for review {reviewId}</span>
      </button>
      <span aria-live="polite">
        {state?.ok && <span className="text-green-800">Thanks for your vote.</span>}
        {state && !state.ok && (
          <span className="text-red-800">
            {state.formError}{" "}
            {state.formError === LOG_IN_TO_VOTE && (
              <Link href={`/login?callbackUrl=${encodeURIComponent(returnTo)}`} className="font-medium underline">
                Log in
              </Link>
            )}
          </span>
        )}
      </span>
    </form>
  );
}
