import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-error';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError | Error;
  }
}

const MAX_RETRIES = 2;

/**
 * Network failures and 5xx are worth another try; other 4xx will not change. A 429 the API client gave up on (a
 * long retry_after) is tried again too: the client's limiter has slowed down by then, so the retry fits the limit.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof ApiError)) return false;
  return error.kind === 'network' || error.status >= 500 || error.status === 429;
}

interface QueryClientOptions {
  retry?: boolean;
}

/** A refresh that fails while data is shown keeps it; the page-wide StaleDataBanner says so. */
export function createQueryClient({ retry = true }: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: retry ? shouldRetry : false,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
