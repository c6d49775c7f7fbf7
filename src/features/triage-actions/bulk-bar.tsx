import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useLocale, useMessages } from '@/lib/i18n';
import { useTriageOutbox } from '@/triage/outbox-context';
import type { DeclineReason, TriageKind, TriageRequest } from '@/triage/triage-action';
import { BulkProgress, type BulkRun } from './bulk-progress';
import { DeclineDialog } from './decline-dialog';
import { messages } from './triage-actions-messages';
import { triageLeadName } from './triage-text';
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

/**
 * Accept or decline every selected lead. amoCRM has no bulk endpoint, so the outbox sends them one uid at a time
 * through the client's rate limiter; the progress dialog follows the run and ends with each lead's result.
 */
export function BulkBar({ selection }: { selection: BulkSelection }) {
  const outbox = useTriageOutbox();
  const locale = useLocale();
  const m = useMessages(messages);
  const count = selection.leads.length;
  const reference = useTriageReference(count > 0);
  const [run, setRun] = useState<BulkRun | null>(null);
  const [isConfirming, setConfirming] = useState(false);
  const start = (kind: TriageKind, requests: readonly TriageRequest[]) => {
    const batchId = newBatchId();
    const created = outbox.enqueue(requests, { batchId });
    const names = new Map(created.map((action) => [action.lead.uid, triageLeadName(action.lead, locale)]));
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
  return (
    <>
      {count > 0 && (
        <Group role="toolbar" aria-label={m.bulkActions} gap="xs" wrap="wrap">
          <Text size="sm" fw={600} aria-live="polite">
            {selection.isAllMatching ? m.selectedAllMatching(count) : m.selected(count)}
          </Text>
          {selection.canSelectAllMatching && (
            <Button
              size="compact-sm"
              variant="subtle"
              loading={selection.isSelectingAll}
              onClick={selection.selectAllMatching}
            >
              {m.selectAllMatching(selection.matchingTotal)}
            </Button>
          )}
          <Button size="compact-sm" disabled={!reference.pipelines} onClick={acceptAll}>
            {m.acceptCount(count)}
          </Button>
          <Button size="compact-sm" color="red" variant="light" onClick={() => setConfirming(true)}>
            {m.declineCount(count)}
          </Button>
          <Button size="compact-sm" variant="subtle" color="gray" onClick={selection.clear}>
            {m.clear}
          </Button>
        </Group>
      )}
      {isConfirming && (
        <DeclineDialog
          opened
          title={m.declineMany(count)}
          onCancel={() => setConfirming(false)}
          onDecline={declineAll}
        />
      )}
      {run && <BulkProgress run={run} onClose={() => setRun(null)} onRetry={start} />}
    </>
  );
}
