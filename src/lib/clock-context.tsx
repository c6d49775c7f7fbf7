import { createContext, type ReactNode, use, useEffect, useState } from 'react';
import { type Clock, systemClock } from './clock';

const ClockContext = createContext<Clock>(systemClock);

export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }) {
  return <ClockContext value={clock}>{children}</ClockContext>;
}

/** The app's clock: the system's, or the one a test rendered the app with. */
export function useClock(): Clock {
  return use(ClockContext);
}

/**
 * The time now, refreshed every `intervalMs` while `isTicking`: one clock for a whole list instead of a timer per
 * row, and an idle countdown costs nothing.
 */
export function useNow(intervalMs: number, isTicking = true): number {
  const clock = useClock();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    if (!isTicking) return;
    setNow(clock.now());
    let timer: unknown;
    const tick = () => {
      setNow(clock.now());
      timer = clock.setTimeout(tick, intervalMs);
    };
    timer = clock.setTimeout(tick, intervalMs);
    return () => clock.clearTimeout(timer);
  }, [clock, intervalMs, isTicking]);
  return now;
}
