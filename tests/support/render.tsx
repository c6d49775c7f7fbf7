import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps, ReactElement, ReactNode } from 'react';
import { afterEach } from 'vitest';
import { App } from '@/app/app';
import type { AppConfig } from '@/app/config';
import { createQueryClient } from '@/app/query-client';
import { createAppRouter } from '@/app/router';
import { createAppTriageOutbox } from '@/app/triage-outbox';
import { CHANGE_FEED_PATH } from '@/incoming-leads/change-feed';
import { ApiClientProvider } from '@/lib/api-client-context';
import { isApiError } from '@/lib/api-error';
import { createApiClient } from '@/lib/http';
import type { Locale } from '@/lib/i18n';
import { DEFAULT_GRACE_MS } from '@/triage/outbox-options';
import type { TriageOutcome } from '@/triage/triage-action';
import { emulator } from '../../mocks/runtimes/node';
import { advanceUntil, createManualClock, type ManualClock } from './manual-clock';

let lastClock: ManualClock | null = null;

/**
 * Lets `ms` pass on the clock of the app rendered last in this test: the timers that fall due run, as React
 * state updates. For helpers that do not hold the render's result.
 */
export function passTime(ms: number): Promise<void> {
  const clock = lastClock;
  if (!clock) throw new Error('passTime needs an app rendered with renderApp first');
  return act(() => clock.advance(ms));
}

/**
 * Lets time pass on the app's clock, `stepMs` at a time, until `expectation` holds: for what the user sees only
 * after the app's own timers (a paced series of requests, back-offs). The bound is time on that clock, not on
 * the wall: a busy machine takes longer in real time but needs no more steps. Throws the last failure of
 * `expectation` once `limitMs` have passed on the clock.
 */
export function passTimeUntil(expectation: () => void, stepMs: number, limitMs?: number): Promise<void> {
  return advanceUntil(expectation, passTime, stepMs, limitMs);
}

/** An outbox outliving its test would send its actions into the next test's emulator. */
const liveOutboxes = new Set<{ dispose(): void }>();
afterEach(() => {
  for (const outbox of liveOutboxes) outbox.dispose();
  liveOutboxes.clear();
  lastClock = null;
});

interface RenderAppOptions {
  config?: Partial<AppConfig>;
  /** The triage undo window; the app's own unless a test is about another. */
  graceMs?: number;
  /**
   * The clock the app and the emulator run on: it stands still until the test calls `passTime`. Pass the clock
   * of an earlier render to go on in the same time (a reload).
   */
  clock?: ManualClock;
  /** The API client's own limit; lifted unless a test is about it, since the test's clock stands still. */
  requestsPerSecond?: number;
  /** The interface language to start in; English unless a test is about Russian. */
  locale?: Locale;
  /** Called when the user switches the language, as main.tsx remembers it. */
  onLocaleChange?: (locale: Locale) => void;
  /** Render as inside the CRM's frame, with this host and theme. */
  embedded?: ComponentProps<typeof App>['embedded'];
  /**
   * Follow the emulator's change feed, as the demo and `npm start` do (`true`), or another address (a path under
   * the origin, for a deployment without one). Off by default: most tests are about one inbox that polls.
   */
  changeFeed?: boolean | string;
}

/** Renders the real app (route tree, providers, API client) at `url`, against the emulator in tests/setup/api.ts. */
export function renderApp(
  url: string,
  {
    config,
    graceMs = DEFAULT_GRACE_MS,
    clock = createManualClock(),
    requestsPerSecond = Number.POSITIVE_INFINITY,
    locale = 'en',
    onLocaleChange,
    embedded,
    changeFeed = false,
  }: RenderAppOptions = {},
) {
  const appConfig: AppConfig = {
    dataSource: 'demo',
    apiBaseUrl: window.location.origin,
    embedded: false,
    hostOrigin: null,
    ...config,
  };
  emulator.setClock(clock);
  lastClock = clock;
  const api = createApiClient({ baseUrl: appConfig.apiBaseUrl, clock, requestsPerSecond });
  const queryClient = createQueryClient({ retry: false });
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter({ queryClient, api, config: appConfig }, history);
  // Over the same storage as the page, so a second renderApp in one test sees what the first one left.
  const outcomes: TriageOutcome[] = [];
  const outbox = createAppTriageOutbox({
    api,
    queryClient,
    storage: window.localStorage,
    graceMs,
    clock,
    onOutcome: (outcome) => outcomes.push(outcome),
  });
  liveOutboxes.add(outbox);
  const view = render(
    <App
      queryClient={queryClient}
      api={api}
      router={router}
      outbox={outbox}
      env="test"
      initialLocale={locale}
      onLocaleChange={onLocaleChange}
      embedded={embedded}
      clock={clock}
      changeFeed={
        changeFeed === false
          ? null
          : { url: `${appConfig.apiBaseUrl}${changeFeed === true ? CHANGE_FEED_PATH : changeFeed}` }
      }
    />,
    {
      // React reports errors caught by a boundary through console.error, which fails the test. An ApiError
      // reaching a route's error component is a state under test; anything else is still reported.
      onCaughtError: (error, info) => {
        if (!isApiError(error)) console.error(error, info.componentStack);
      },
    },
  );
  const unmount = () => {
    view.unmount();
    outbox.dispose();
  };
  return { ...view, unmount, router, queryClient, api, outbox, outcomes, clock };
}

export function createTestApiClient() {
  return createApiClient({ baseUrl: window.location.origin });
}

export function createTestQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

/**
 * Renders a piece of a feature with the providers the app gives it, against the emulator the test setup starts:
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
