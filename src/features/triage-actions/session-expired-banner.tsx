import { Alert, Button, Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMessages } from '@/lib/i18n';
import { useTriageActions, useTriageOutbox } from '@/triage/outbox-context';
import { messages } from './triage-actions-messages';

/** amoCRM answered 401: the work is kept, not lost, and goes out once the session is back. */
export function SessionExpiredBanner() {
  const outbox = useTriageOutbox();
  const m = useMessages(messages);
  const kept = useTriageActions().filter((action) => action.state === 'session-expired').length;
  if (kept === 0) return null;
  return (
    <Alert color="orange" variant="light" role="alert" icon={<IconLock size={18} aria-hidden />} py="xs">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{m.sessionRejected(kept)}</Text>
        <Button size="compact-sm" variant="light" color="orange" onClick={() => outbox.resume()}>
          {m.tryAgain}
        </Button>
      </Group>
    </Alert>
  );
}
