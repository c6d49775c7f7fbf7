import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCloudOff } from '@tabler/icons-react';
import { notifyManager, type Query, useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { hasApiStatus } from '@/lib/api-error';
import { intlLocale, useLocale, useMessages } from '@/lib/i18n';
import { messages } from './app-messages';

/** A query that shows older data because its last refresh failed (a rejected token has its own page-wide state). */
function isStale(query: Query): boolean {
  const { status, data, error } = query.state;
  return status === 'error' && data !== undefined && !hasApiStatus(error, 401) && query.isActive();
}

/** When the oldest data on screen that could not be refreshed was loaded, or null when everything is fresh. */
function useStaleSince(): number | null {
  const cache = useQueryClient().getQueryCache();
  const read = () => {
    let since: number | null = null;
    for (const query of cache.getAll()) {
      if (isStale(query)) since = Math.min(since ?? Number.POSITIVE_INFINITY, query.state.dataUpdatedAt);
    }
    return since;
  };
  // Batched as TanStack Query's own hooks do, so a change during another component's render waits for it to end.
  return useSyncExternalStore((onChange) => cache.subscribe(notifyManager.batchCalls(onChange)), read, read);
}

/**
 * One banner for every page: a refresh failed, and what is on screen stays there, marked as possibly out of date,
 * with Retry. A page with nothing loaded yet shows its own error instead.
 */
export function StaleDataBanner() {
  const m = useMessages(messages);
  const locale = useLocale();
  const queryClient = useQueryClient();
  const since = useStaleSince();
  const [isRetrying, setRetrying] = useState(false);
  if (since === null) return null;
  const time = new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit' }).format(since);
  const retry = () => {
    setRetrying(true);
    void queryClient.refetchQueries({ predicate: isStale }).finally(() => setRetrying(false));
  };
  return (
    <Alert color="orange" icon={<IconCloudOff aria-hidden />} title={m.couldNotRefresh} role="alert" mb="md">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{m.showingDataFrom(time)}</Text>
        <Button size="xs" variant="light" color="orange" loading={isRetrying} onClick={retry}>
          {m.retry}
        </Button>
      </Group>
    </Alert>
  );
}
