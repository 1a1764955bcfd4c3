import type { ActionResult } from "@/lib/actions";

/**
 * A polite live region for a cart form: always rendered (a region must exist before its
 * text changes to be announced). Field errors show under their inputs; here they are read
 * out but not shown twice.
 */
export function ActionStatus({
  state,
  pending,
  pendingText,
  className = "",
}: {
  state: ActionResult<unknown> | null;
  pending: boolean;
  pendingText: string;
  className?: string;
}) {
  let text: string | undefined;
  let hidden = false;
  if (pending) text = pendingText;
  else if (state?.ok) text = state.message;
  else if (state) {
    text = state.formError;
    if (!text) {
      text = Object.values(state.fieldErrors ?? {}).flat()[0];
      hidden = true;
    }
  }
  const tone = state && !state.ok && !pending ? "text-red-700" : "text-gray-700";
  return (
    <p role="status" className={`text-sm ${tone} ${className}`}>
      {text && <span className={hidden ? "sr-only" : undefined}>{text}</span>}
    </p>
  );
}
