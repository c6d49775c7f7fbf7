import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { emulator, server } from '../mocks/node';

configure({ asyncUtilTimeout: 5000 });

// jsdom lacks these browser APIs; Mantine and charts read them.
if (typeof window !== 'undefined') {
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
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

let consoleError: ReturnType<typeof vi.spyOn> | undefined;
let consoleWarn: ReturnType<typeof vi.spyOn> | undefined;
const warn = console.warn.bind(console);
beforeEach(() => {
  // A React warning or an unexpected error log is a failing test, not noise.
  consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
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
  consoleError?.mockRestore();
  consoleWarn?.mockRestore();
  server.resetHandlers();
  emulator.reset();
  globalThis.localStorage?.clear();
});

afterAll(() => server.close());
