import type { Page } from '@playwright/test';
import { DEFAULT_GRACE_MS } from '../../src/triage/outbox-options';

/**
 * Browser journeys that wait out the undo window run on Playwright's clock: installed before the page loads, it
 * lets time flow as usual, and `passUndoWindow` jumps over the window instead of sitting through it. Everything
 * else (requests, the emulator's latency, rendering) still takes the time it takes.
 */
/** The app's undo window, as the triage outbox sets it. */
export const UNDO_WINDOW_MS = DEFAULT_GRACE_MS;

export function installPageClock(page: Page): Promise<void> {
  return page.clock.install();
}

/** Moves the page's time past the undo window, firing the timers that fall due on the way. */
export function passUndoWindow(page: Page): Promise<void> {
  return page.clock.fastForward(UNDO_WINDOW_MS);
}
