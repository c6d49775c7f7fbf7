import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useLocale } from '@/lib/i18n';
import { useTriageOutbox } from '@/triage/outbox-context';
import type { TriageAction, TriageRequest } from '@/triage/triage-action';
import { LinkLeadModal } from './link-lead-modal';
import { messages } from './triage-actions-messages';
import { triageLeadName } from './triage-text';
import { useTriageReference } from './use-triage-reference';
import { useTriageShortcuts } from './use-triage-shortcuts';

interface TriageKeysProps {
  /** The open lead, or the cursor's row while no drawer is open; `undefined` leaves a, d and l alone. */
  lead: IncomingLead | undefined;
}

/** The action z takes back: the newest one still in its grace window. */
export function latestUndoable(actions: readonly TriageAction[]): TriageAction | undefined {
  return actions
    .filter((action) => action.state === 'grace')
    .sort((a, b) => a.queuedAt - b.queuedAt)
    .at(-1);
}

/**
 * One-key triage: a accepts with the remembered stage, d declines (the grace window is the safety, so neither
 * asks), l opens the link search. z, which undoes, works on every page: see PendingActions.
 */
export function TriageKeys({ lead }: TriageKeysProps) {
  const outbox = useTriageOutbox();
  const reference = useTriageReference(lead !== undefined);
  const [linking, setLinking] = useState<IncomingLead | null>(null);
  const locale = useLocale();
  // The lead leaves the inbox, and the inbox moves on to the one that followed it.
  const act = (request: TriageRequest) => outbox.enqueue([request]);
  const link = (target: IncomingLead) => {
    const availability = reference.linkAvailability(target);
    if (availability.canLink) setLinking(target);
    else notifications.show({ color: 'gray', message: messages[locale].linkReasons[availability.reason] });
  };
  useTriageShortcuts({
    // Accept names a stage; until the pipelines are in it says so rather than ignore the key.
    accept:
      lead &&
      (() => {
        if (reference.pipelines) act(reference.defaultAccept(lead));
        else notifications.show({ color: 'gray', message: messages[locale].acceptNotReady });
      }),
    decline: lead && (() => act({ kind: 'decline', lead, userId: reference.currentUserId })),
    link: lead && (() => link(lead)),
  });
  if (!linking) return null;
  return (
    <LinkLeadModal
      opened
      lead={linking}
      subject={triageLeadName(linking, locale)}
      onCancel={() => setLinking(null)}
      onLink={(choice) => {
        setLinking(null);
        outbox.enqueue([{ kind: 'link', lead: linking, ...choice, userId: reference.currentUserId }]);
      }}
    />
  );
}
