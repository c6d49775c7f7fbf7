import { setupWorker } from 'msw/browser';
import { createEmulator } from './emulator';
import type { KeyValueStorage } from './persistence';
import { isScenarioName } from './scenarios';

/** Framed or privacy-restricted pages may refuse storage; the demo then simply starts fresh each time. */
function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Starts the demo API in a service worker. `?scenario=<name>` picks a misbehaviour, `?reset-demo`
 * throws away the account the demo kept from earlier visits, `?size=load` serves a fresh 10,000-lead
 * account (not stored: it would not fit the browser's storage quota).
 */
export async function startDemoEmulator(search: string): Promise<void> {
  const params = new URLSearchParams(search);
  const scenario = params.get('scenario');
  const isLoad = params.get('size') === 'load';
  const emulator = createEmulator({
    size: isLoad ? 'load' : 'demo',
    storage: isLoad ? null : browserStorage(),
    impliedToken: 'demo-admin-token',
    scenario: isScenarioName(scenario) ? scenario : null,
  });
  if (params.has('reset-demo')) emulator.reset();
  const worker = setupWorker(...emulator.handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: false,
  });
}
