import { setupWorker } from 'msw/browser';
import type { KeyValueStorage } from '../account/persistence';
import { createEmulator } from '../emulator';
import { isScenarioName, type ScenarioName } from '../scenarios/scenario-names';

/** Framed or privacy-restricted pages may refuse storage; the demo then simply starts fresh each time. */
function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const SCENARIO_KEY = 'incoming-leads-demo.scenario';

/** What the app's demo menu drives: the emulator's misbehaviour and its account (the app declares the shape). */
export interface DemoEmulatorControls {
  readonly scenario: ScenarioName | null;
  setScenario(name: string | null): void;
  reset(): void;
  subscribe(listener: () => void): () => void;
}

interface DemoEmulatorOptions {
  /** The folder the app is served from; the worker is registered there and controls only that folder. */
  basePath: string;
}

function readScenario(params: URLSearchParams, storage: KeyValueStorage | null): ScenarioName | null {
  const fromUrl = params.get('scenario');
  if (isScenarioName(fromUrl)) {
    storage?.setItem(SCENARIO_KEY, fromUrl);
    return fromUrl;
  }
  const kept = storage?.getItem(SCENARIO_KEY);
  return isScenarioName(kept) ? kept : null;
}

/** A scenario picked in the menu replaces the one a link asked for, so a reload keeps the menu's choice. */
function dropScenarioFromAddress(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('scenario')) return;
  url.searchParams.delete('scenario');
  window.history.replaceState(window.history.state, '', url);
}

/**
 * Starts the demo API in a service worker. `?scenario=<name>` picks a misbehaviour (kept for later visits, like
 * the menu's choice), `?reset-demo` throws away the account the demo kept from earlier visits, `?size=load`
 * serves a fresh 10,000-lead account (not stored: it would not fit the browser's storage quota).
 */
export async function startDemoEmulator(
  search: string,
  { basePath }: DemoEmulatorOptions,
): Promise<DemoEmulatorControls> {
  const params = new URLSearchParams(search);
  const isLoad = params.get('size') === 'load';
  const storage = browserStorage();
  let scenario = readScenario(params, storage);
  const emulator = createEmulator({
    size: isLoad ? 'load' : 'demo',
    storage: isLoad ? null : storage,
    impliedToken: 'demo-admin-token',
    scenario,
  });
  if (params.has('reset-demo')) emulator.reset();
  if (!window.isSecureContext || !('serviceWorker' in navigator)) {
    throw new Error(
      'The demo runs its amoCRM emulator in a service worker, which this browser allows only on https or localhost pages (and not in some private windows).',
    );
  }
  // The demo has no team server, so the emulator serves its change feed too, ahead of amoCRM's API.
  const worker = setupWorker(emulator.changeFeedHandler, ...emulator.handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${basePath}mockServiceWorker.js`, options: { scope: basePath } },
    quiet: false,
  });
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  return {
    get scenario() {
      return scenario;
    },
    setScenario(name) {
      scenario = isScenarioName(name) ? name : null;
      emulator.setScenario(scenario);
      if (scenario) storage?.setItem(SCENARIO_KEY, scenario);
      else storage?.removeItem(SCENARIO_KEY);
      dropScenarioFromAddress();
      changed();
    },
    reset() {
      emulator.reset();
      emulator.setScenario(scenario);
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
