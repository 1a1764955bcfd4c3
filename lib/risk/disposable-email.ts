import { disposableEmailBlocklistSet } from "disposable-email-domains-js";

// Throwaway inbox services, from the community-maintained list the npm package ships (updated
// with each release of the package: keep it current with the other dependencies).

let domains: Set<string> | undefined;

/** The throwaway domain an address is at (itself or a parent, e.g. `x.mailinator.com`), or null. */
export function disposableDomainOf(email: string): string | null {
  domains ??= disposableEmailBlocklistSet();
  const host = email.trim().toLowerCase().split("@").pop() ?? "";
  const labels = host.split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const candidate = labels.slice(i).join(".");
    if (domains.has(candidate)) return candidate;
  }
  return null;
}
