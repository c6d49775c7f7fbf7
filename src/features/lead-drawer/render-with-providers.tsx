import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { ApiClientProvider } from '@/lib/api-client-context';
import { createApiClient } from '@/lib/http';

export function createTestApiClient() {
  return createApiClient({ baseUrl: window.location.origin });
}

export function createTestQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

/**
 * Renders a piece of the drawer with the providers the app gives it, against the emulator the test setup starts:
 * a fresh query client without retries, and Mantine in test mode (no portals, no transitions).
 */
export function renderWithProviders(ui: ReactElement, { queryClient = createTestQueryClient() } = {}) {
  const api = createTestApiClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MantineProvider env="test">
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={api}>{children}</ApiClientProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
  return { ...render(ui, { wrapper }), user: userEvent.setup(), api, queryClient };
}
