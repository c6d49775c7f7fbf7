import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { emulator, server } from '../../mocks/runtimes/node';
import { restartDraftRandom } from '../support/incoming-lead-drafts';

/*
 * Every test file, in node or jsdom: the emulator answers every request, a fresh account per test whose added
 * leads draw the same values whatever ran before, and a console.error is a failing test rather than noise.
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
  restartDraftRandom();
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
});

afterAll(() => server.close());
