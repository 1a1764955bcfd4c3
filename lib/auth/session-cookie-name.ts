// The names Auth.js gives the session cookie (chunked when large; __Secure- over https). In
// a module of its own so that proxy.ts can test for a session without loading Auth.js.
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.(\d+))?$/;

export function isSessionCookieName(name: string): boolean {
  return SESSION_COOKIE.test(name);
}

/** The chunk number of a chunked session cookie (".0", ".1", …), or undefined. */
export function sessionCookieChunk(name: string): number | undefined {
  const chunk = SESSION_COOKIE.exec(name)?.[1];
  return chunk === undefined ? undefined : Number(chunk);
}
