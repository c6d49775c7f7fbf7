// The only place that reads build-time env and the start-up URL; everything else receives AppConfig.
import * as z from 'zod/mini';
import {
  DEFAULT_EMBED_ORIGINS,
  isAllowedOrigin,
  LOCAL_EMBED_ORIGINS,
  parseOriginPatterns,
  toOrigin,
} from '@/embed/origins';

const envSchema = z.object({
  VITE_DEMO: z.optional(z.string()),
  BASE_URL: z.string(),
  /** Extra origins allowed to embed the app, comma-separated patterns (see src/embed/origins.ts). */
  VITE_EMBED_ORIGINS: z.optional(z.string()),
  /** The account a live build serves, set at build time from AMOCRM_BASE_URL (vite.config.ts). */
  VITE_ACCOUNT_ORIGIN: z.optional(z.string()),
});

export interface AppConfig {
  dataSource: 'demo' | 'live';
  /** Origin plus base path; API requests go to `${apiBaseUrl}/api/v4/…` on the same origin. */
  apiBaseUrl: string;
  embedded: boolean;
  /** The folder the app is served from, e.g. `/triage/`; `/` when left out. */
  basePath?: string;
  /**
   * Embedded only: the origin of the page that embeds the app, from `?host=`, and only when the allow-list
   * names it. The app talks to this origin and no other; null means no host may be spoken to.
   */
  hostOrigin: string | null;
}

/**
 * The origins that may embed this build. A live build holds an account's data, so only that account (its
 * origin, known at build time from AMOCRM_BASE_URL) and origins the operator lists may talk to it: another
 * amoCRM tenant must not. A demo build holds none, so every amoCRM and Kommo account and local pages may.
 */
export function embedOriginPatterns(
  env: { VITE_EMBED_ORIGINS?: string | undefined; VITE_ACCOUNT_ORIGIN?: string | undefined },
  isDemo: boolean,
): string[] {
  const listed = parseOriginPatterns(env.VITE_EMBED_ORIGINS);
  if (isDemo) return [...DEFAULT_EMBED_ORIGINS, ...listed, ...LOCAL_EMBED_ORIGINS];
  const account = toOrigin(env.VITE_ACCOUNT_ORIGIN);
  return [...(account ? [account] : []), ...listed];
}

/**
 * The folder the running build was loaded from. Builds use relative asset URLs, so one build works at any
 * path: the entry script lives in `<base>assets/`, and in development it is `/src/main.tsx` (base `/`).
 */
export function basePathOf(entryUrl: string): string {
  return new URL(entryUrl).pathname.replace(/[^/]*\/[^/]*$/, '');
}

export function readConfig(
  env: Record<string, unknown>,
  location: Pick<Location, 'origin' | 'search'>,
  basePath?: string,
): AppConfig {
  const parsed = envSchema.parse(env);
  const base = basePath ?? parsed.BASE_URL;
  const search = new URLSearchParams(location.search);
  const isDemo = parsed.VITE_DEMO === '1';
  const embedded = search.has('embedded');
  const host = search.get('host');
  const hostOrigin =
    embedded && host !== null && isAllowedOrigin(host, embedOriginPatterns(parsed, isDemo)) ? host : null;
  return {
    dataSource: isDemo ? 'demo' : 'live',
    apiBaseUrl: `${location.origin}${base.replace(/\/+$/, '')}`,
    embedded,
    hostOrigin,
    basePath: base,
  };
}
