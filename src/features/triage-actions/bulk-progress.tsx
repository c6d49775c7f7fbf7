import { Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useLocale, useMessages } from '@/lib/i18n';
import { useTriageActions, useTriageBatchResults, useTriageOutbox } from '@/triage/outbox-context';
import type { TriageBatchResults } from '@/triage/outbox-types';
import type { TriageKind, TriageRequest } from '@/triage/triage-action';
import { messages } from './triage-actions-messages';
import { toRequest } from './triage-requests';
import { formatTriageFailure } from './triage-text';

export interface BulkRun {
  batchId: string;
  kind: TriageKind;
  total: number;
  /** Who each lead is from, by uid, for the results. */
  names: ReadonlyMap<string, string>;
}

interface BulkProgressProps {
  run: BulkRun;
  onClose: () => void;
  /** Starts a new run with the failed ones. */
  onRetry: (kind: TriageKind, requests: readonly TriageRequest[]) => void;
}

function Results({ run, results }: { run: BulkRun; results: TriageBatchResults }) {
  const m = useMessages(messages);
  const locale = useLocale();
  const name = (uid: string) => run.names.get(uid) ?? uid;
  return (
    <Stack gap="sm">
      <Text size="sm">{m.bulkDone(run.kind, results.done.length)}</Text>
      {results.cancelled.length > 0 && <Text size="sm">{m.notSent(results.cancelled.length)}</Text>}
      {results.alreadyHandled.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {m.alreadyHandledCount(results.alreadyHandled.length)}
          </Text>
          <List size="sm" aria-label={m.alreadyHandled}>
            {results.alreadyHandled.map((uid) => (
              <List.Item key={uid}>{name(uid)}</List.Item>
            ))}
          </List>
        </div>
      )}
      {results.failed.length > 0 && (
        <div>
          <Text size="sm" fw={600} c="var(--color-danger-text)">
            {m.failedCount(results.failed.length)}
          </Text>
          <List size="sm" aria-label={m.failed}>
            {results.failed.map((item) => (
              <List.Item key={item.id}>{`${name(item.uid)}: ${formatTriageFailure(run.kind, item, locale)}`}</List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}

/** "Declining 37 of 100" with a bar and Cancel, then what happened to each lead, with Retry for the failed. */
export function BulkProgress({ run, onClose, onRetry }: BulkProgressProps) {
  const outbox = useTriageOutbox();
  const actions = useTriageActions();
  const results = useTriageBatchResults(run.batchId);
  const m = useMessages(messages);
  if (!results) return null;
  const finished = results.done.length + results.alreadyHandled.length + results.failed.length;
  const isRunning = results.pending > 0;
  const retryFailed = () => {
    const failedIds = new Set(results.failed.map((item) => item.id));
    const failed = actions.filter((action) => failedIds.has(action.id));
    onRetry(run.kind, failed.map(toRequest));
  };
  const title = isRunning ? m.bulkDoing(run.kind, finished, run.total) : m.bulkFinished(run.kind);
  return (
    <Modal opened onClose={onClose} title={title} closeOnClickOutside={!isRunning}>
      <Stack gap="md">
        <Progress
          value={run.total === 0 ? 100 : (100 * (finished + results.cancelled.length)) / run.total}
          aria-label={m.progressDone(finished, run.total)}
        />
        {isRunning ? (
          <Text size="sm" c="dimmed">
            {m.oneAtATime}
          </Text>
        ) : (
          <Results run={run} results={results} />
        )}
        <Group justify="flex-end" gap="sm">
          {isRunning && (
            <Button variant="default" onClick={() => outbox.cancelBatch(run.batchId)}>
              {m.cancel}
            </Button>
          )}
          {!isRunning && results.failed.length > 0 && <Button onClick={retryFailed}>{m.retryFailed}</Button>}
          <Button variant={isRunning ? 'subtle' : 'default'} onClick={onClose}>
            {isRunning ? m.hide : m.close}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
