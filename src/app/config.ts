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
}

export function readConfig(env: Record<string, unknown>, location: Pick<Location, 'origin' | 'search'>): AppConfig {
  const parsed = envSchema.parse(env);
  const base = parsed.BASE_URL.replace(/\/+$/, '');
  return {
    dataSource: parsed.VITE_DEMO === '1' ? 'demo' : 'live',
    apiBaseUrl: `${location.origin}${base}`,
    embedded: new URLSearchParams(location.search).has('embedded'),
  };
}
