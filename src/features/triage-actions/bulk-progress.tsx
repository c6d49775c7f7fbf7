import { Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import type { TriageKind, TriageRequest } from '@/incoming-leads/triage';
import type { TriageBatchResults } from '@/incoming-leads/triage-outbox';
import { useTriageActions, useTriageBatchResults, useTriageOutbox } from '@/incoming-leads/triage-outbox-context';
import { toRequest } from './triage-requests';

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

const DOING: Record<TriageKind, string> = { accept: 'Accepting', decline: 'Declining', link: 'Linking' };
const DONE: Record<TriageKind, string> = { accept: 'accepted', decline: 'declined', link: 'linked' };

function Results({ run, results }: { run: BulkRun; results: TriageBatchResults }) {
  const name = (uid: string) => run.names.get(uid) ?? uid;
  return (
    <Stack gap="sm">
      <Text size="sm">{`${results.done.length} ${DONE[run.kind]}`}</Text>
      {results.cancelled.length > 0 && <Text size="sm">{`${results.cancelled.length} not sent (cancelled)`}</Text>}
      {results.alreadyHandled.length > 0 && (
        <div>
          <Text size="sm" fw={600}>{`${results.alreadyHandled.length} already handled by someone else`}</Text>
          <List size="sm" aria-label="Already handled by someone else">
            {results.alreadyHandled.map((uid) => (
              <List.Item key={uid}>{name(uid)}</List.Item>
            ))}
          </List>
        </div>
      )}
      {results.failed.length > 0 && (
        <div>
          <Text size="sm" fw={600} c="var(--color-danger-text)">{`${results.failed.length} failed`}</Text>
          <List size="sm" aria-label="Failed">
            {results.failed.map((item) => (
              <List.Item key={item.id}>{`${name(item.uid)}: ${item.message}`}</List.Item>
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
  if (!results) return null;
  const finished = results.done.length + results.alreadyHandled.length + results.failed.length;
  const isRunning = results.pending > 0;
  const retryFailed = () => {
    const failedIds = new Set(results.failed.map((item) => item.id));
    const failed = actions.filter((action) => failedIds.has(action.id));
    onRetry(run.kind, failed.map(toRequest));
  };
  const title = isRunning ? `${DOING[run.kind]} ${finished} of ${run.total}` : `Bulk ${run.kind} finished`;
  return (
    <Modal opened onClose={onClose} title={title} closeOnClickOutside={!isRunning}>
      <Stack gap="md">
        <Progress
          value={run.total === 0 ? 100 : (100 * (finished + results.cancelled.length)) / run.total}
          aria-label={`${finished} of ${run.total} done`}
        />
        {isRunning ? (
          <Text size="sm" c="dimmed">
            One lead at a time, as fast as amoCRM allows.
          </Text>
        ) : (
          <Results run={run} results={results} />
        )}
        <Group justify="flex-end" gap="sm">
          {isRunning && (
            <Button variant="default" onClick={() => outbox.cancelBatch(run.batchId)}>
              Cancel
            </Button>
          )}
          {!isRunning && results.failed.length > 0 && <Button onClick={retryFailed}>Retry failed</Button>}
          <Button variant={isRunning ? 'subtle' : 'default'} onClick={onClose}>
            {isRunning ? 'Hide' : 'Close'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
