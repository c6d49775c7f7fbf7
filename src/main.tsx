import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { messages } from '@/app/app-messages';
import { type AppConfig, basePathOf, readConfig } from '@/app/config';
import type { DemoControls } from '@/app/demo-controls';
import type { HostBridge } from '@/app/host-bridge';
import { initialLocale, rememberLocale } from '@/app/locale-preference';
import { createQueryClient } from '@/app/query-client';
import { createAppRouter } from '@/app/router';
import { withTeamReads } from '@/app/team-reads';
import { createAppTriageOutbox } from '@/app/triage-outbox';
import type { HostContext } from '@/embed/protocol';
import { CHANGE_FEED_PATH, TEAM_READS_PREFIX } from '@/incoming-leads/change-feed';
import { errorMessage } from '@/lib/error-message';
import { createApiClient } from '@/lib/http';
import type { Locale } from '@/lib/i18n';

async function startDemoData(basePath: string): Promise<DemoControls | undefined> {
  // Statically false outside demo builds, so the emulator chunk is never emitted there.
  if (import.meta.env.VITE_DEMO !== '1') return undefined;
  const { startDemoEmulator } = await import('../mocks/runtimes/browser');
  return startDemoEmulator(window.location.search, { basePath });
}

/** Outside React, before the app runs: worded in the language the app would have started in. */
function showStartupError(root: HTMLElement, error: unknown, locale: Locale) {
  const m = messages[locale];
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem';
  const title = document.createElement('h1');
  title.textContent = m.couldNotStart;
  const detail = document.createElement('p');
  detail.textContent = `${errorMessage(error, locale)} ${m.reloadToTryAgain}`;
  document.documentElement.lang = locale;
  box.append(title, detail);
  root.replaceChildren(box);
}

/** `localStorage`, or nothing when the browser blocks it (some privacy modes throw on access). */
function readableStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Relayed requests pass two more event loops (the CRM page's is busy) and reach amoCRM bunched up; at the
 * direct rate of 7 a burst still drew 429s, which amoCRM escalates into blocking the account.
 */
const RELAYED_REQUESTS_PER_SECOND = 5;
/** The team server answers list reads from memory: its pages go as fast as the browser asks. */
const TEAM_READS_PER_SECOND = 50;

/** How long the app waits for the embedding page's handshake before it says so. */
const HANDSHAKE_TIMEOUT_MS = 10_000;

interface Host {
  bridge: HostBridge;
  context: HostContext;
  /** Loaded with the bridge: standalone pages never download the protocol. */
  createRelayFetch: typeof import('@/app/relay-fetch').createRelayFetch;
  triageEvent: typeof import('@/app/host-events').triageEvent;
}

/** Inside a frame of an allowed page: the handshake gives locale, theme and whether the page relays API calls. */
async function connectHost(config: AppConfig): Promise<Host | null> {
  if (!config.embedded || config.hostOrigin === null || window.parent === window) return null;
  const [{ createHostBridge }, { createRelayFetch }, { triageEvent }] = await Promise.all([
    import('@/app/host-bridge'),
    import('@/app/relay-fetch'),
    import('@/app/host-events'),
  ]);
  const bridge = createHostBridge({ self: window, parent: window.parent, hostOrigin: config.hostOrigin });
  return { bridge, context: await bridge.handshake(HANDSHAKE_TIMEOUT_MS), createRelayFetch, triageEvent };
}

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const storage = readableStorage();
  const locale = initialLocale(storage, navigator.languages);
  try {
    const startConfig = readConfig(import.meta.env, window.location, basePathOf(import.meta.url));
    const host = await connectHost(startConfig);
    const isRelayed = host?.context.relay === true;
    // Relayed data is the CRM's own, whatever this build's data source is.
    const config: AppConfig = isRelayed ? { ...startConfig, dataSource: 'live' } : startConfig;
    // Relayed calls never reach this frame's network, so the demo emulator is not started for them.
    const demo = isRelayed ? undefined : await startDemoData(config.basePath ?? '/');
    const api = isRelayed
      ? createApiClient({
          baseUrl: '',
          fetch: host.createRelayFetch(host.bridge),
          requestsPerSecond: RELAYED_REQUESTS_PER_SECOND,
        })
      : config.dataSource === 'live'
        ? // Behind `npm start`, the list is read from the team's shared copy; the server has no budget to spend on it.
          withTeamReads(
            createApiClient({ baseUrl: config.apiBaseUrl }),
            createApiClient({
              baseUrl: `${config.apiBaseUrl}${TEAM_READS_PREFIX}`,
              requestsPerSecond: TEAM_READS_PER_SECOND,
            }),
          )
        : createApiClient({ baseUrl: config.apiBaseUrl });
    // The team server's change feed, or the demo emulator's; relayed calls have neither.
    const changeFeed = isRelayed ? null : { url: `${config.apiBaseUrl}${CHANGE_FEED_PATH}` };
    const queryClient = createQueryClient();
    const router = createAppRouter({ queryClient, api, config, ...(demo ? { demo } : {}) });
    const outbox = createAppTriageOutbox({
      api,
      queryClient,
      storage,
      onOutcome: (outcome) => {
        const event = host?.triageEvent(outcome);
        if (host && event) host.bridge.post(event);
      },
    });
    createRoot(root).render(
      <StrictMode>
        <App
          queryClient={queryClient}
          api={api}
          router={router}
          outbox={outbox}
          initialLocale={host ? host.context.locale : locale}
          onLocaleChange={host ? undefined : (next) => rememberLocale(storage, next)}
          changeFeed={changeFeed}
          embedded={config.embedded ? { host: host?.bridge ?? null, theme: host?.context.theme ?? 'light' } : undefined}
        />
      </StrictMode>,
    );
  } catch (error) {
    showStartupError(root, error, locale);
  }
}

void start();
