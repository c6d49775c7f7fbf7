import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import type { DeclineReason, TriageKind, TriageRequest } from '@/incoming-leads/triage';
import { useTriageOutbox } from '@/incoming-leads/triage-outbox-context';
import { triageLeadName } from '@/incoming-leads/triage-text';
import { BulkProgress, type BulkRun } from './bulk-progress';
import { DeclineDialog } from './decline-dialog';
import { useTriageReference } from './use-triage-reference';

/** What the inbox tells about its selection. */
export interface BulkSelection {
  /** The selected incoming leads, in list order. */
  leads: readonly IncomingLead[];
  matchingTotal: number | undefined;
  canSelectAllMatching: boolean;
  isAllMatching: boolean;
  isSelectingAll: boolean;
  selectAllMatching: () => void;
  clear: () => void;
}

function newBatchId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `bulk-${Date.now().toString(36)}`;
}

function selectionText({ leads, isAllMatching }: BulkSelection): string {
  return isAllMatching ? `Selected all ${leads.length} matching` : `${leads.length} selected`;
}

/**
 * Accept or decline every selected lead. amoCRM has no bulk endpoint, so the outbox sends them one uid at a time
 * through the client's rate limiter; the progress dialog follows the run and ends with each lead's result.
 */
export function BulkBar({ selection }: { selection: BulkSelection }) {
  const outbox = useTriageOutbox();
  const count = selection.leads.length;
  const reference = useTriageReference(count > 0);
  const [run, setRun] = useState<BulkRun | null>(null);
  const [isConfirming, setConfirming] = useState(false);
  const start = (kind: TriageKind, requests: readonly TriageRequest[]) => {
    const batchId = newBatchId();
    const created = outbox.enqueue(requests, { batchId });
    const names = new Map(created.map((action) => [action.lead.uid, triageLeadName(action.lead)]));
    setRun({ batchId, kind, total: created.length, names });
    selection.clear();
  };
  const acceptAll = () => start('accept', selection.leads.map(reference.defaultAccept));
  const declineAll = (reason: DeclineReason | undefined) => {
    setConfirming(false);
    const userId = reference.currentUserId;
    start(
      'decline',
      selection.leads.map((lead) => ({ kind: 'decline', lead, userId, reason }) as const),
    );
  };
  const all = selection.matchingTotal === undefined ? 'all' : `all ${selection.matchingTotal}`;
  return (
    <>
      {count > 0 && (
        <Group role="toolbar" aria-label="Bulk actions" gap="xs" wrap="wrap">
          <Text size="sm" fw={600} aria-live="polite">
            {selectionText(selection)}
          </Text>
          {selection.canSelectAllMatching && (
            <Button
              size="compact-sm"
              variant="subtle"
              loading={selection.isSelectingAll}
              onClick={selection.selectAllMatching}
            >
              {`Select ${all} matching`}
            </Button>
          )}
          <Button size="compact-sm" disabled={!reference.pipelines} onClick={acceptAll}>
            {`Accept ${count}`}
          </Button>
          <Button size="compact-sm" color="red" variant="light" onClick={() => setConfirming(true)}>
            {`Decline ${count}…`}
          </Button>
          <Button size="compact-sm" variant="subtle" color="gray" onClick={selection.clear}>
            Clear
          </Button>
        </Group>
      )}
      {isConfirming && (
        <DeclineDialog
          opened
          subject={`${count} incoming ${count === 1 ? 'lead' : 'leads'}`}
          onCancel={() => setConfirming(false)}
          onDecline={declineAll}
        />
      )}
      {run && <BulkProgress run={run} onClose={() => setRun(null)} onRetry={start} />}
    </>
  );
}
