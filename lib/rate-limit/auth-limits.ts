import "server-only";
import { createLimiter, type Limiter, type LimiterBackend, type LimiterOptions, type Verdict } from "./limiter";
import { hashKey, strictest } from "./verdicts";

const MINUTE = 60;

/**
 * Limits for login, registration and password-reset requests. The shape is chosen so an
 * attacker cannot lock a real user out:
 * - failed logins are counted per account+IP (tight) — an attacker elsewhere cannot use
 *   up the real user's allowance;
 * - and per account across all IPs, which slows a distributed guess at one password: after
 *   `loginAccount.points` (5) failures, attempts from anywhere take turns, one per wait, and
 *   the wait grows with each further failure: 1 s after the 5th, then 2 s, 4 s … up to a
 *   minute. The turn is taken atomically before the password is checked, so a burst sent
 *   at once from many IPs gets one guess per wait, not one per request. Attempts from IPs
 *   new to the account are bounded the same way before any failure: past the first
 *   `loginAccount.points` in the window, they too take turns (at least a second apart). It
 *   never applies from an IP that has logged into that account before, and a refusal never
 *   names a wait longer than a minute;
 * - and per IP (generous), which stops one machine spraying many accounts;
 * - windows are short and blocks last only until the window ends; success clears the
 *   account+IP count.
 * Keys use a hash of the normalized email, so the same rules apply whether or not an
 * account exists (nothing to enumerate) and no address is stored in the limiter.
 */
export const defaultAuthPolicies = {
  loginAccountIp: { keyPrefix: "login:acct-ip", points: 5, duration: 10 * MINUTE },
  loginAccount: { keyPrefix: "login:acct", points: 5, duration: 60 * MINUTE },
  loginIp: { keyPrefix: "login:ip", points: 100, duration: 15 * MINUTE },
  loginKnownIp: { keyPrefix: "login:known", points: 1, duration: 30 * 24 * 60 * MINUTE },
  registerIp: { keyPrefix: "register:ip", points: 20, duration: 60 * MINUTE },
  registerAccount: { keyPrefix: "register:acct", points: 5, duration: 15 * MINUTE },
  resetIp: { keyPrefix: "reset:ip", points: 10, duration: 60 * MINUTE },
  resetAccount: { keyPrefix: "reset:acct", points: 5, duration: 15 * MINUTE },
} satisfies Record<string, LimiterOptions>;

/** The longest an account's failed logins make the next attempt wait. */
export const MAX_ACCOUNT_WAIT_SECONDS = 60;

/**
 * The wait after the `failures`-th failed login of an account, with `free` failures allowed:
 * none before the `free`-th failure, 1 s after it, doubling with each one after that.
 */
export function accountWaitSeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_ACCOUNT_WAIT_SECONDS, 2 ** Math.min(failures - free, 16));
}

export type AuthPolicies = Record<keyof typeof defaultAuthPolicies, LimiterOptions>;

export type AuthLimits = ReturnType<typeof createAuthLimits>;

export function createAuthLimits(policies: AuthPolicies = defaultAuthPolicies, backend?: LimiterBackend) {
  const l = Object.fromEntries(
    Object.entries(policies).map(([name, options]) => [name, createLimiter(options, backend)]),
  ) as Record<keyof AuthPolicies, Limiter>;

  // The account's turn: one point sits under this key from the moment an attempt takes the
  // turn, or a failure starts a wait, until that wait is over; an attempt meanwhile finds two
  // and is refused with the time left.
  const accountTurn = createLimiter(
    { keyPrefix: `${policies.loginAccount.keyPrefix}:wait`, points: 1, duration: MAX_ACCOUNT_WAIT_SECONDS },
    backend,
  );
  // Attempts from IPs new to the account, counted so that a burst before any failure is
  // bounded too: only the first `points` in the window skip taking turns.
  const freeAttempts = createLimiter(
    { ...policies.loginAccount, keyPrefix: `${policies.loginAccount.keyPrefix}:free` },
    backend,
  );

  const keys = (email: string, ip: string) => {
    const account = hashKey(email);
    return { account, accountIp: `${account}:${ip}`, ip };
  };

  /** Lets one attempt from a new IP through per turn, atomically, once the free ones are used. */
  async function takeAccountTurn(account: string, failures: number): Promise<Verdict> {
    const free = policies.loginAccount.points;
    if (failures < free && !(await freeAttempts.consume(account)).limited) return { limited: false };
    return accountTurn.consumeFor(account, Math.max(1, accountWaitSeconds(failures, free)));
  }

  return {
    /**
     * Before checking a password: may this IP try this account now? Counts no failure, but
     * an attempt it lets through from an IP new to the account may have taken the turn.
     */
    async checkLogin(email: string, ip: string): Promise<Verdict> {
      const k = keys(email, ip);
      const [byIp, byAccountIp, known, failures] = await Promise.all([
        l.loginIp.check(k.ip),
        l.loginAccountIp.check(k.accountIp),
        l.loginKnownIp.has(k.accountIp),
        l.loginAccount.count(k.account),
      ]);
      const byAddress = strictest([byIp, byAccountIp]);
      if (byAddress.limited || known) return byAddress;
      return takeAccountTurn(k.account, failures);
    },

    async loginFailed(email: string, ip: string): Promise<void> {
      const k = keys(email, ip);
      await Promise.all([
        l.loginIp.consume(k.ip),
        l.loginAccountIp.consume(k.accountIp),
        l.loginAccount.consume(k.account),
      ]);
      // The next turn opens once this failure's wait is over.
      const wait = accountWaitSeconds(await l.loginAccount.count(k.account), policies.loginAccount.points);
      if (wait > 0) await accountTurn.set(k.account, 1, wait);
    },

    async loginSucceeded(email: string, ip: string): Promise<void> {
      const k = keys(email, ip);
      await Promise.all([
        l.loginAccountIp.reset(k.accountIp),
        l.loginKnownIp.set(k.accountIp, 1, policies.loginKnownIp.duration),
      ]);
    },

    async registration(email: string, ip: string): Promise<Verdict> {
      const k = keys(email, ip);
      return strictest(await Promise.all([l.registerIp.consume(k.ip), l.registerAccount.consume(k.account)]));
    },

    async resetRequest(email: string, ip: string): Promise<Verdict> {
      const k = keys(email, ip);
      return strictest(await Promise.all([l.resetIp.consume(k.ip), l.resetAccount.consume(k.account)]));
    },
  };
}

let shared: AuthLimits | undefined;

/** The process-wide limits (Redis when REDIS_URL is set, the database otherwise). */
export function authLimits(): AuthLimits {
  return (shared ??= createAuthLimits());
}
