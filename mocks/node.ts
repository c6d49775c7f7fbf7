import { setupServer } from 'msw/node';
import { createEmulator } from './emulator';

/**
 * Vitest's emulator. The implied token stands in for the same-origin proxy that adds the Bearer header.
 * The rate limit has headroom over the app's 7 per 1.1 s: on a loaded CI machine arrivals bunch up behind
 * the client's starts, and a stray 429 would fail an unrelated test. Rate limiting itself is tested with
 * the real limit and an injected clock (rate-limit.test.ts).
 */
export const emulator = createEmulator({ impliedToken: 'demo-admin-token', quirks: { rateLimitPerSecond: 10 } });
export const server = setupServer(...emulator.handlers);

/** Where tests outside a page send their requests: the handlers answer on any origin, as amoCRM's subdomains. */
export const EMULATOR_ORIGIN = 'https://example.amocrm.ru';
