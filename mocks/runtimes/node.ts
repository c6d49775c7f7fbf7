import { setupServer } from 'msw/node';
import { createEmulator } from '../emulator';

/**
 * Vitest's emulator. The implied token stands in for the same-origin proxy that adds the Bearer header.
 * It counts no rate limit unless a test sets one (`setQuirks({ rateLimitPerSecond: 7 })`): a flow test's clock
 * stands still, so every request of a test falls in one second. The tests about the limit set it and move the
 * clock (rate-limit.test.ts, http-emulator.test.ts, the flow tests of a 429).
 */
export const emulator = createEmulator({
  impliedToken: 'demo-admin-token',
  quirks: { rateLimitPerSecond: Number.POSITIVE_INFINITY },
});
/** amoCRM's API and, ahead of it, the team server's change feed the app reads. */
export const server = setupServer(emulator.changeFeedHandler, ...emulator.handlers);

/** Where tests outside a page send their requests: the handlers answer on any origin, as amoCRM's subdomains. */
export const EMULATOR_ORIGIN = 'https://example.amocrm.ru';
