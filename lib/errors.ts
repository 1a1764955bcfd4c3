// The one shape of "refused": an expected "no" that the person in front of the form should
// read (a taken slug, an order that is not paid yet, stock below zero), as opposed to a bug
// or an outage, which throws on to error.tsx. lib/ returns a Refusal as `{ ok: false, … }`
// or, where a transaction must roll back, throws a RefusalError carrying one;
// lib/actions.ts `refused()` turns either into the action result the forms read.

/** Per input name, what is wrong with it (shown next to that input). */
export type RefusalFields = Record<string, string[] | undefined>;

/** `message` is shown at the top of the form; `fields`, when there are any, at the inputs they name. */
export type Refusal = { message: string; fields?: RefusalFields };

/**
 * A result that refused. `Extra` is what a caller branches on beyond the words, e.g. a
 * `reason` code (`Refused<{ reason: "expired" }>`), never a second message.
 */
export type Refused<Extra extends object = object> = { ok: false } & Refusal & Extra;

/** The form-level message of a refusal about its inputs; the details are at the fields. */
export const CORRECT_FIELDS = "Please correct the highlighted fields.";

/** A refusal about one input: the form says to correct the fields, the input says what is wrong. */
export function fieldRefusal(field: string, message: string): Refusal {
  return { message: CORRECT_FIELDS, fields: { [field]: [message] } };
}

/** The refusal in words for a log line or an order flag: what is wrong with the inputs if it names them, else its message. */
export function refusalText(refusal: Refusal): string {
  const details = Object.values(refusal.fields ?? {}).flatMap((messages) => messages ?? []);
  return details.length > 0 ? details.join(" ") : refusal.message;
}

/**
 * A refusal thrown, so that everything a transaction wrote rolls back; caught by the
 * caller that turns it back into a result (lib/admin/run.ts, lib/checkout/place-order.ts).
 * `R` carries a caller's extra fields (a reason code) through the throw.
 */
export class RefusalError<R extends Refusal = Refusal> extends Error {
  constructor(readonly refusal: R) {
    super(refusal.message);
    this.name = "RefusalError";
  }
}
