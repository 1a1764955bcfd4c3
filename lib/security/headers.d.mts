// Types for headers.mjs (plain ESM so that next.config.mjs can import it).

type EnvLike = Record<string, string | boolean | number | string[] | undefined>;

export interface PolicySources {
  /** `next dev`: React rebuilds server error stacks with eval. */
  dev: boolean;
  /** Origins besides ours that pages show images from (the media CDN). */
  images: string[];
  /** Origins besides ours that a form submission may end on. */
  formTargets: string[];
}

export interface HeaderRoute {
  source: string;
  has?: { type: "header"; key: string; value: string }[];
  headers: { key: string; value: string }[];
}

export function policySources(env: EnvLike): PolicySources;
export function catalogPolicy(sources: PolicySources): string;
export function noncePolicy(nonce: string, sources: PolicySources): string;
export function securityHeaderRoutes(env: EnvLike): HeaderRoute[];
export const HSTS_VALUE: string;
export const SHELL_TIMER_SCRIPT: string;
