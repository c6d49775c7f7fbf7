import { createContext, type ReactNode, use } from 'react';
import type { ApiClient } from './http';

const ApiClientContext = createContext<ApiClient | null>(null);

export function ApiClientProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext value={client}>{children}</ApiClientContext>;
}

/** The API client of the nearest ApiClientProvider; features and queries get it from here, never from a module. */
export function useApiClient(): ApiClient {
  const client = use(ApiClientContext);
  if (client === null) throw new Error('useApiClient needs an ApiClientProvider above it.');
  return client;
}
