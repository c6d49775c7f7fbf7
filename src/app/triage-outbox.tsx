import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import { crmQueries } from '@/crm/crm-queries';
import { describeTriageOutcome } from '@/features/triage-actions/triage-text';
import type { Clock } from '@/lib/clock';
import type { ApiClient } from '@/lib/http';
import { useLocale, useMessages } from '@/lib/i18n';
import { createTriageOutbox } from '@/triage/outbox';
import type { OutboxStorage } from '@/triage/outbox-storage';
import type { TriageOutbox } from '@/triage/outbox-types';
import type { TriageOutcome } from '@/triage/triage-action';
import { messages } from './app-messages';

interface AppTriageOutboxOptions {
  api: ApiClient;
  queryClient: QueryClient;
  storage: OutboxStorage | null;
  graceMs?: number;
  clock?: Clock;
  /** Called after the notification, for tests that read outcomes. */
  onOutcome?: (outcome: TriageOutcome) => void;
}

/**
 * The notification's words as components: notifications are shown from outside React, and this way they are
 * worded in the interface's language when they render, and follow it if it changes while they are on screen.
 */
function OutcomeText({ outcome, part }: { outcome: TriageOutcome; part: 'title' | 'message' }) {
  return describeTriageOutcome(outcome, useLocale())[part];
}

function RetryLabel() {
  return useMessages(messages).retry;
}

/**
 * Tells the manager how a single action ended. Bulk runs show their own per-item results, so their items stay
 * quiet here.
 */
function notifyOutcome(outbox: TriageOutbox, outcome: TriageOutcome): void {
  if (outcome.action.batchId) return;
  const title = <OutcomeText outcome={outcome} part="title" />;
  const message = <OutcomeText outcome={outcome} part="message" />;
  const id = `triage-${outcome.action.id}`;
  switch (outcome.result) {
    case 'done':
      notifications.show({ id, title, message, color: 'green', autoClose: 2500 });
      return;
    case 'already-handled':
      notifications.show({ id, title, message, color: 'blue', autoClose: 6000 });
      return;
    case 'failed': {
      const retry = () => {
        notifications.hide(id);
        outbox.retry(outcome.action.id);
      };
      notifications.show({
        id,
        title,
        color: 'red',
        autoClose: false,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{message}</Text>
            {outcome.failure.canRetry ? (
              // The button keeps its width; the message wraps instead ("Retr" in a narrow notification).
              <Button size="xs" variant="light" color="red" onClick={retry} style={{ flexShrink: 0 }}>
                <RetryLabel />
              </Button>
            ) : null}
          </Group>
        ),
      });
    }
  }
}

/** The app's outbox: persisted in `storage`, refreshing the CRM leads it creates, with notifications. */
export function createAppTriageOutbox({ onOutcome, ...options }: AppTriageOutboxOptions): TriageOutbox {
  const outbox: TriageOutbox = createTriageOutbox({
    ...options,
    settleKeys: [crmQueries.leads(), crmQueries.contacts()],
    onOutcome: (outcome) => {
      notifyOutcome(outbox, outcome);
      onOutcome?.(outcome);
    },
  });
  return outbox;
}
