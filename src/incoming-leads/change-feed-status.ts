import { createContext, use } from 'react';

/**
 * Whether the change feed keeps this inbox current:
 * - `off`: no feed here (the embedded relay mode, an nginx-only deployment): the inbox polls, as it always did;
 * - `connecting`: a feed exists but is not flowing right now: the inbox polls meanwhile;
 * - `live`: every arrival and departure comes pushed, so nothing polls.
 */
export type ChangeFeedStatus = 'off' | 'connecting' | 'live';

export const ChangeFeedStatusContext = createContext<ChangeFeedStatus>('off');

export function useChangeFeedStatus(): ChangeFeedStatus {
  return use(ChangeFeedStatusContext);
}

/** The waiting set's refresh options: polled unless the feed is live. */
export function useWaitingRefresh() {
  const isLive = useChangeFeedStatus() === 'live';
  return isLive ? { refetchInterval: false as const, refetchOnWindowFocus: false } : {};
}
