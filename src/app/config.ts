// The only place that reads build-time env and the start-up URL; everything else receives AppConfig.
import * as z from 'zod/mini';

const envSchema = z.object({
  VITE_DEMO: z.optional(z.string()),
  BASE_URL: z.string(),
});

export interface AppConfig {
  dataSource: 'demo' | 'live';
  /** Origin plus base path; API requests go to `${apiBaseUrl}/api/v4/…` on the same origin. */
  apiBaseUrl: string;
  embedded: boolean;
  /** The folder the app is served from, e.g. `/triage/`; `/` when left out. */
  basePath?: string;
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
  return {
    dataSource: parsed.VITE_DEMO === '1' ? 'demo' : 'live',
    apiBaseUrl: `${location.origin}${base.replace(/\/+$/, '')}`,
    embedded: new URLSearchParams(location.search).has('embedded'),
    basePath: base,
  };
}
