/**
 * Per-token limit of N requests per second (amocrm-api-facts.md §2). Repeated violations within a minute turn into a
 * block that answers every request of that token with 403 until the emulator is reset.
 */
export type RateVerdict = 'ok' | 'limited' | 'blocked';

interface TokenWindow {
  accepted: number[];
  rejected: number[];
  isBlocked: boolean;
}

export interface RateLimiter {
  isBlocked(token: string): boolean;
  check(token: string, nowMs: number, perSecond: number, blockAfter: number): RateVerdict;
  reset(): void;
}

const SECOND = 1000;
const MINUTE = 60_000;

export function createRateLimiter(): RateLimiter {
  const windows = new Map<string, TokenWindow>();
  const windowOf = (token: string): TokenWindow => {
    let window = windows.get(token);
    if (!window) {
      window = { accepted: [], rejected: [], isBlocked: false };
      windows.set(token, window);
    }
    return window;
  };
  return {
    isBlocked: (token) => windows.get(token)?.isBlocked ?? false,
    check(token, nowMs, perSecond, blockAfter) {
      const window = windowOf(token);
      if (window.isBlocked) return 'blocked';
      window.accepted = window.accepted.filter((at) => nowMs - at < SECOND);
      if (window.accepted.length < perSecond) {
        window.accepted.push(nowMs);
        return 'ok';
      }
      window.rejected = window.rejected.filter((at) => nowMs - at < MINUTE);
      window.rejected.push(nowMs);
      if (window.rejected.length >= blockAfter) window.isBlocked = true;
      return 'limited';
    },
    reset: () => windows.clear(),
  };
}
