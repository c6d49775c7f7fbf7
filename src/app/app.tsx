import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import type { TriageOutbox } from '@/incoming-leads/triage-outbox';
import { TriageOutboxContext } from '@/incoming-leads/triage-outbox-context';
import { ApiClientProvider } from '@/lib/api-client-context';
import type { ApiClient } from '@/lib/http';
import { type Locale, LocaleProvider } from '@/lib/i18n';
import type { createAppRouter } from './router';
import { createAppTheme, cssVariablesResolver } from './theme';

interface AppProps {
  queryClient: QueryClient;
  api: ApiClient;
  router: ReturnType<typeof createAppRouter>;
  /** Triage actions waiting out their undo window or their turn; features read it through useTriageOutbox. */
  outbox: TriageOutbox;
  /** `test` turns off portals and transitions so drawers render inline in jsdom. */
  env?: 'default' | 'test';
  /** The language to start in; the user (or the host page, when embedded) can switch it without a reload. */
  initialLocale?: Locale;
  /** Called when the language changes, to remember the choice. */
  onLocaleChange?: (locale: Locale) => void;
}

export function App({
  queryClient,
  api,
  router,
  outbox,
  env = 'default',
  initialLocale = 'en',
  onLocaleChange,
}: AppProps) {
  const [locale, setLocale] = useState(initialLocale);
  const theme = useMemo(() => createAppTheme(locale), [locale]);
  const changeLocale = useCallback(
    (next: Locale) => {
      setLocale(next);
      onLocaleChange?.(next);
    },
    [onLocaleChange],
  );
  return (
    <LocaleProvider locale={locale} onLocaleChange={changeLocale}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto" env={env}>
        <Notifications />
        <QueryClientProvider client={queryClient}>
          <ApiClientProvider client={api}>
            <TriageOutboxContext value={outbox}>
              <RouterProvider router={router} />
            </TriageOutboxContext>
          </ApiClientProvider>
        </QueryClientProvider>
      </MantineProvider>
    </LocaleProvider>
  );
}
