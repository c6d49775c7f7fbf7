import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach } from 'vitest';
import { App } from '@/app/app';
import type { AppConfig } from '@/app/config';
import { createQueryClient } from '@/app/query-client';
import { createAppRouter } from '@/app/router';
import { createAppTriageOutbox } from '@/app/triage-outbox';
import type { TriageOutcome } from '@/incoming-leads/triage';
import { isApiError } from '@/lib/api-error';
import { createApiClient } from '@/lib/http';
import type { Locale } from '@/lib/i18n';

/** An outbox outliving its test would send its actions into the next test's emulator. */
const liveOutboxes = new Set<{ dispose(): void }>();
afterEach(() => {
  for (const outbox of liveOutboxes) outbox.dispose();
  liveOutboxes.clear();
});

interface RenderAppOptions {
  config?: Partial<AppConfig>;
  /** The triage undo window; tests shorten it. */
  graceMs?: number;
  /** The interface language to start in; English unless a test is about Russian. */
  locale?: Locale;
  /** Called when the user switches the language, as main.tsx remembers it. */
  onLocaleChange?: (locale: Locale) => void;
  /** Render as inside the CRM's frame, with this host and theme. */
  embedded?: ComponentProps<typeof App>['embedded'];
}

/** Renders the real app (route tree, providers, API client) at `url`, against the emulator in tests/setup.ts. */
export function renderApp(
  url: string,
  { config, graceMs = 5000, locale = 'en', onLocaleChange, embedded }: RenderAppOptions = {},
) {
  const appConfig: AppConfig = {
    dataSource: 'demo',
    apiBaseUrl: window.location.origin,
    embedded: false,
    hostOrigin: null,
    ...config,
  };
  const api = createApiClient({ baseUrl: appConfig.apiBaseUrl });
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
  return { ...view, unmount, router, queryClient, api, outbox, outcomes };
}
