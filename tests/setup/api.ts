import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { emulator, server } from '../../mocks/node';

/*
 * Every test file, in node or jsdom: the emulator answers every request, a fresh account per test, and a
 * console.error is a failing test rather than noise.
 */

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

let consoleError: ReturnType<typeof vi.spyOn> | undefined;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  consoleError?.mockRestore();
  server.resetHandlers();
  emulator.reset();
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
});

afterAll(() => server.close());
