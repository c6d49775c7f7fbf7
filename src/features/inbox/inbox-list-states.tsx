import { Alert, Button, Center, Skeleton, Stack, Text } from '@mantine/core';
import { IconInboxOff } from '@tabler/icons-react';
import { useErrorMessage } from '@/lib/error-message';
import { useMessages } from '@/lib/i18n';
import { messages } from './inbox-messages';

const SKELETON_ROWS = 8;

export function ListSkeleton() {
  const m = useMessages(messages);
  return (
    <Stack gap={6} aria-busy="true" aria-label={m.loadingLeads} role="status">
      {Array.from({ length: SKELETON_ROWS }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={index} height={58} radius="sm" />
      ))}
    </Stack>
  );
}

interface ListErrorProps {
  error: unknown;
  isRetrying: boolean;
  onRetry: () => void;
}

export function ListError({ error, isRetrying, onRetry }: ListErrorProps) {
  const m = useMessages(messages);
  const errorText = useErrorMessage();
  return (
    <Alert color="red" title={m.couldNotLoad} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorText(error)}</Text>
        <Button variant="light" color="red" onClick={onRetry} loading={isRetrying}>
          {m.retry}
        </Button>
      </Stack>
    </Alert>
  );
}

interface EmptyListProps {
  /** "No incoming calls in Sales". */
  message: string;
  /** What the search was, when a search found nothing among loaded rows. */
  query?: string;
  onClearSearch: () => void;
}

export function EmptyList({ message, query, onClearSearch }: EmptyListProps) {
  const m = useMessages(messages);
  return (
    <Center py="xl">
      <Stack align="center" gap="xs">
        <IconInboxOff size={32} stroke={1.5} aria-hidden />
        <Text fw={600} dir="auto" ta="center">
          {query ? m.nothingMatches(query) : message}
        </Text>
        {query ? (
          <>
            <Text size="sm" c="dimmed">
              {m.searchCoversLoaded}
            </Text>
            <Button variant="light" onClick={onClearSearch}>
              {m.clearSearch}
            </Button>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {m.newOnesAppear}
          </Text>
        )}
      </Stack>
    </Center>
  );
}
