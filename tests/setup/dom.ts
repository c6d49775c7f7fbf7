import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';

/* Component and flow tests: jsdom made to look enough like a browser for Mantine, charts and the router. */

configure({ asyncUtilTimeout: 5000 });

Object.defineProperty(window, 'matchMedia', {
  configurable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }),
});
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Element.prototype.scrollIntoView ??= () => {};
// The router restores window scroll on navigation; jsdom only logs that it cannot.
window.scrollTo = () => {};

// The app loads the drawer's code on demand. Loaded here, once per file, its first-time transform is not part of
// the first test's wait for the drawer: on a busy machine that transform alone ran past the wait.
beforeAll(async () => {
  await Promise.all([
    import('@/features/lead-drawer/lead-drawer'),
    import('@/features/triage-actions/lead-triage-actions'),
  ]);
});

let consoleWarn: ReturnType<typeof vi.spyOn> | undefined;
const warn = console.warn.bind(console);
beforeEach(() => {
  // jsdom lays nothing out, so Recharts says its charts have no size; the charts are checked in the browser.
  consoleWarn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (String(args[0]).startsWith('The width(0) and height(0) of chart')) return;
    warn(...args);
  });
});

afterEach(() => {
  cleanup();
  // Mantine keeps notifications in a module-level store; one test's toasts must not show in the next.
  notifications.clean();
  consoleWarn?.mockRestore();
});
