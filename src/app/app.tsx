import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { ApiClientProvider } from '@/lib/api-client-context';
import type { ApiClient } from '@/lib/http';
import type { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

interface AppProps {
  queryClient: QueryClient;
  api: ApiClient;
  router: ReturnType<typeof createAppRouter>;
  /** `test` turns off portals and transitions so drawers render inline in jsdom. */
  env?: 'default' | 'test';
}

export function App({ queryClient, api, router, env = 'default' }: AppProps) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto" env={env}>
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={api}>
          <RouterProvider router={router} />
        </ApiClientProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
