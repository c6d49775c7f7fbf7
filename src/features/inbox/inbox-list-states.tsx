import { Alert, Button, Center, Skeleton, Stack, Text } from '@mantine/core';
import { IconInboxOff } from '@tabler/icons-react';
import { errorMessage } from '@/lib/error-message';

const SKELETON_ROWS = 8;

export function ListSkeleton() {
  return (
    <Stack gap={6} aria-busy="true" aria-label="Loading incoming leads" role="status">
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
  return (
    <Alert color="red" title="Could not load incoming leads" role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(error)}</Text>
        <Button variant="light" color="red" onClick={onRetry} loading={isRetrying}>
          Retry
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
  return (
    <Center py="xl">
      <Stack align="center" gap="xs">
        <IconInboxOff size={32} stroke={1.5} aria-hidden />
        <Text fw={600} dir="auto" ta="center">
          {query ? `Nothing matches "${query}"` : message}
        </Text>
        {query ? (
          <>
            <Text size="sm" c="dimmed">
              The search covers the incoming leads loaded so far.
            </Text>
            <Button variant="light" onClick={onClearSearch}>
              Clear search
            </Button>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            New ones appear here as they arrive.
          </Text>
        )}
      </Stack>
    </Center>
  );
}
