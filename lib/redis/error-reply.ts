// Error replies about the request itself: a script the server has not loaded yet (NOSCRIPT),
// an error raised by a script or its arguments (ERR), a key of the wrong type (WRONGTYPE).
// The server is answering, so the breaker stays closed. Any other reply (LOADING after a
// restart, OOM, READONLY after a failover, BUSY, MASTERDOWN, or no code at all: a gateway's
// 5xx page, an unauthorized token) means it cannot serve this request nor, for a while, the
// next ones: a failure that opens the breaker.
const REQUEST_ERRORS = new Set(["NOSCRIPT", "ERR", "WRONGTYPE"]);

/** Whether an error reply's message (it starts with its code: "NOSCRIPT No matching script…") is about the request. */
export function isRequestError(message: string): boolean {
  return REQUEST_ERRORS.has(message.split(" ", 1)[0]!);
}
