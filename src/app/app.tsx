import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import type { EmbedTheme } from '@/embed/protocol';
import { ApiClientProvider } from '@/lib/api-client-context';
import { type Clock, systemClock } from '@/lib/clock';
import { ClockProvider } from '@/lib/clock-context';
import { type CrmNavigation, CrmNavigationProvider } from '@/lib/crm-navigation';
import type { ApiClient } from '@/lib/http';
import { type Locale, LocaleProvider } from '@/lib/i18n';
import { TriageOutboxContext } from '@/triage/outbox-context';
import type { TriageOutbox } from '@/triage/outbox-types';
import { ChangeFeedConnection, type ChangeFeedSource } from './change-feed-connection';
import { EmbeddedHostProvider, hostNavigation, memoryColorSchemeManager } from './embedded-host';
import type { HostBridge } from './host-bridge';
import type { createAppRouter } from './router';
import { createAppTheme, createCompactTheme, cssVariablesResolver } from './theme';

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
  /** Set inside an iframe: the host (null when none may be spoken to) and the theme it asked for. */
  embedded?: { host: HostBridge | null; theme: EmbedTheme };
  /** What countdowns, clocks on screen and paced requests run on; tests hand in one they move themselves. */
  clock?: Clock;
  /** Where the change feed is read from; none (the relay mode, most tests) leaves the inbox polling. */
  changeFeed?: ChangeFeedSource | null;
}

const STANDALONE_NAVIGATION: CrmNavigation = { recordUrl: () => null };

export function App({
  queryClient,
  api,
  router,
  outbox,
  env = 'default',
  initialLocale = 'en',
  onLocaleChange,
  embedded,
  clock = systemClock,
  changeFeed = null,
}: AppProps) {
  const [locale, setLocale] = useState(initialLocale);
  const isEmbedded = embedded !== undefined;
  const theme = useMemo(() => (isEmbedded ? createCompactTheme(locale) : createAppTheme(locale)), [isEmbedded, locale]);
  const changeLocale = useCallback(
    (next: Locale) => {
      setLocale(next);
      onLocaleChange?.(next);
    },
    [onLocaleChange],
  );
  const host = embedded?.host ?? null;
  const embeddedTheme = embedded?.theme;
  const colorSchemeManager = useMemo(
    () => (embeddedTheme ? memoryColorSchemeManager(embeddedTheme) : undefined),
    [embeddedTheme],
  );
  const embeddedHost = useMemo(() => (embedded ? { bridge: host } : null), [embedded, host]);
  const navigation = useMemo(() => (host ? hostNavigation(host) : STANDALONE_NAVIGATION), [host]);
  return (
    <ClockProvider clock={clock}>
      <LocaleProvider locale={locale} onLocaleChange={changeLocale}>
        <MantineProvider
          theme={theme}
          cssVariablesResolver={cssVariablesResolver}
          defaultColorScheme={embeddedTheme ?? 'auto'}
          colorSchemeManager={colorSchemeManager}
          env={env}
        >
          {/* Bottom left: the pending-actions tray and its Retry buttons own the bottom right. */}
          <Notifications position="bottom-left" />
          <QueryClientProvider client={queryClient}>
            <ApiClientProvider client={api}>
              <TriageOutboxContext value={outbox}>
                <ChangeFeedConnection source={changeFeed}>
                  <EmbeddedHostProvider value={embeddedHost}>
                    <CrmNavigationProvider value={navigation}>
                      <RouterProvider router={router} />
                    </CrmNavigationProvider>
                  </EmbeddedHostProvider>
                </ChangeFeedConnection>
              </TriageOutboxContext>
            </ApiClientProvider>
          </QueryClientProvider>
        </MantineProvider>
      </LocaleProvider>
    </ClockProvider>
  );
}
