import { useEffect, useState } from 'react';

/** The time now, refreshed every `intervalMs` while `isTicking`: countdowns tick, an idle tray does not. */
export function useClock(isTicking: boolean, intervalMs = 500): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isTicking) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [isTicking, intervalMs]);
  return now;
}
