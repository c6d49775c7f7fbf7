import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { messages } from '@/app/app-messages';
import { notifyBackgroundError } from '@/app/background-error';
import { basePathOf, readConfig } from '@/app/config';
import type { DemoControls } from '@/app/demo-controls';
import { initialLocale, rememberLocale } from '@/app/locale-preference';
import { createQueryClient } from '@/app/query-client';
import { createAppRouter } from '@/app/router';
import { createAppTriageOutbox } from '@/app/triage-outbox';
import { errorMessage } from '@/lib/error-message';
import { createApiClient } from '@/lib/http';
import type { Locale } from '@/lib/i18n';

async function startDemoData(basePath: string): Promise<DemoControls | undefined> {
  // Statically false outside demo builds, so the emulator chunk is never emitted there.
  if (import.meta.env.VITE_DEMO !== '1') return undefined;
  const { startDemoEmulator } = await import('../mocks/browser');
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

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const storage = readableStorage();
  const locale = initialLocale(storage, navigator.languages);
  try {
    const config = readConfig(import.meta.env, window.location, basePathOf(import.meta.url));
    const demo = await startDemoData(config.basePath ?? '/');
    const api = createApiClient({ baseUrl: config.apiBaseUrl });
    const queryClient = createQueryClient({ onBackgroundError: notifyBackgroundError });
    const router = createAppRouter({ queryClient, api, config, ...(demo ? { demo } : {}) });
    const outbox = createAppTriageOutbox({ api, queryClient, storage });
    createRoot(root).render(
      <StrictMode>
        <App
          queryClient={queryClient}
          api={api}
          router={router}
          outbox={outbox}
          initialLocale={locale}
          onLocaleChange={(locale) => rememberLocale(storage, locale)}
        />
      </StrictMode>,
    );
  } catch (error) {
    showStartupError(root, error, locale);
  }
}

void start();
