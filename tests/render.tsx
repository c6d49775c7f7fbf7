import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { App } from '@/app/app';
import type { AppConfig } from '@/app/config';
import { createQueryClient } from '@/app/query-client';
import { createAppRouter } from '@/app/router';
import { isApiError } from '@/lib/api-error';
import { createApiClient } from '@/lib/http';

interface RenderAppOptions {
  config?: Partial<AppConfig>;
}

/** Renders the real app (route tree, providers, API client) at `url`, against the emulator in tests/setup.ts. */
export function renderApp(url: string, { config }: RenderAppOptions = {}) {
  const appConfig: AppConfig = {
    dataSource: 'demo',
    apiBaseUrl: window.location.origin,
    embedded: false,
    ...config,
  };
  const api = createApiClient({ baseUrl: appConfig.apiBaseUrl });
  const queryClient = createQueryClient({ retry: false });
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter({ queryClient, api, config: appConfig }, history);
  const view = render(<App queryClient={queryClient} api={api} router={router} env="test" />, {
    // React reports errors caught by a boundary through console.error, which fails the test. An ApiError
    // reaching a route's error component is a state under test; anything else is still reported.
    onCaughtError: (error, info) => {
      if (!isApiError(error)) console.error(error, info.componentStack);
    },
  });
  return { ...view, router, queryClient, api };
}
