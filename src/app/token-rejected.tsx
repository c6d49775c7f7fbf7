import { Alert, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconKeyOff } from '@tabler/icons-react';
import { notifyManager, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useState, useSyncExternalStore } from 'react';
import { hasApiStatus } from '@/lib/api-error';
import { useMessages } from '@/lib/i18n';
import { useTriageActions, useTriageOutbox } from '@/triage/outbox-context';
import type { DemoControls } from './demo-controls';
import { useRefetchEverything } from './refetch-everything';
import { messages } from './token-rejected-messages';

const isRejected = (error: unknown) => hasApiStatus(error, 401);

/**
 * True when the account refused the token (401) and the page has nothing loaded to show: nothing else can load,
 * so the page says so once. A 401 while data is on screen (a token revoked mid-work) is told in place instead:
 * the triage outbox keeps the actions and its banner says so, the list stays readable.
 */
export function useIsTokenRejected(): boolean {
  const cache = useQueryClient().getQueryCache();
  const read = () => {
    let isRefused = false;
    for (const query of cache.getAll()) {
      if (query.state.data !== undefined) return false;
      if (isRejected(query.state.error)) isRefused = true;
    }
    return isRefused;
  };
  // Batched as TanStack Query's own hooks do: the cache also changes while another component renders (a query
  // built or refetched by a hook), and telling React then would update this component in the middle of that render.
  return useSyncExternalStore((onChange) => cache.subscribe(notifyManager.batchCalls(onChange)), read, read);
}

interface TokenRejectedProps {
  dataSource: 'demo' | 'live';
  demo?: DemoControls | undefined;
}

/** The whole page when amoCRM answers 401: in live mode the fix is on the server, so say exactly what to do. */
export function TokenRejected({ dataSource, demo }: TokenRejectedProps) {
  const text = useMessages(messages);
  const queryClient = useQueryClient();
  const router = useRouter();
  const outbox = useTriageOutbox();
  const kept = useTriageActions().filter((action) => action.state === 'session-expired').length;
  const refetchEverything = useRefetchEverything();
  const [isRetrying, setIsRetrying] = useState(false);
  const isDemo = dataSource === 'demo';

  const tryAgain = async () => {
    setIsRetrying(true);
    try {
      await queryClient.refetchQueries({ predicate: (query) => isRejected(query.state.error) });
      await router.invalidate();
      outbox.resume();
    } finally {
      setIsRetrying(false);
    }
  };

  return (
    <Container size="sm" py="xl">
      <Alert color="red" variant="light" icon={<IconKeyOff size={22} aria-hidden />} role="alert">
        <Stack gap="sm" align="flex-start">
          <Title order={1} size="h3">
            {isDemo ? text.demoTitle : text.liveTitle}
          </Title>
          <Text>{isDemo ? text.demoText : text.liveText}</Text>
          {isDemo ? null : <Text>{text.liveFix}</Text>}
          {kept > 0 ? <Text size="sm">{text.keptActions(kept)}</Text> : null}
          <Group gap="sm">
            <Button color="red" variant="light" loading={isRetrying} onClick={() => void tryAgain()}>
              {text.tryAgain}
            </Button>
            {demo ? (
              <Button
                variant="default"
                onClick={() => {
                  demo.setScenario(null);
                  void refetchEverything().then(() => outbox.resume());
                }}
              >
                {text.backToNormal}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Alert>
    </Container>
  );
}
