import { setupServer } from 'msw/node';
import { createEmulator } from './emulator';

/** Vitest's emulator. The implied token stands in for the same-origin proxy that adds the Bearer header. */
export const emulator = createEmulator({ impliedToken: 'demo-admin-token' });
export const server = setupServer(...emulator.handlers);
