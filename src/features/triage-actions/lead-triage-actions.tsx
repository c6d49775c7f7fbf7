import { Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { IconCheck, IconLink, IconX } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useLocale, useMessages } from '@/lib/i18n';
import { useTriageOutbox } from '@/triage/outbox-context';
import type { TriageRequest } from '@/triage/triage-action';
import { AcceptFields } from './accept-fields';
import { DeclineDialog } from './decline-dialog';
import { LinkLeadModal } from './link-lead-modal';
import { messages } from './triage-actions-messages';
import { acceptRequest } from './triage-requests';
import { triageLeadName } from './triage-text';
import { useRememberedStage } from './use-remembered-stage';
import { useTriageReference } from './use-triage-reference';

interface LeadTriageActionsProps {
  lead: IncomingLead;
}

const hint = (key: string) => (
  <Kbd size="xs" aria-hidden>
    {key}
  </Kbd>
);

/** Accept, decline and link for the open lead: the drawer's footer. */
export function LeadTriageActions({ lead }: LeadTriageActionsProps) {
  const outbox = useTriageOutbox();
  const reference = useTriageReference();
  const locale = useLocale();
  const m = useMessages(messages);
  const stages = reference.stagesOf(lead.pipelineId);
  const stage = useRememberedStage(lead.pipelineId, stages);
  const [chosenUserId, setUserId] = useState<number | undefined>(undefined);
  const [dialog, setDialog] = useState<'decline' | 'link' | null>(null);
  const linkReasonId = useId();
  const userId = chosenUserId ?? reference.currentUserId;
  const link = reference.linkAvailability(lead);
  const name = triageLeadName(lead, locale);
  const act = (request: TriageRequest) => {
    setDialog(null);
    // The lead leaves the inbox, and the inbox opens the one that followed it.
    outbox.enqueue([request]);
  };
  const accept = () => {
    if (stage.stageId !== undefined) stage.remember(stage.stageId);
    act(acceptRequest(lead, stage.stageId, userId));
  };
  return (
    <Stack gap="sm">
      <AcceptFields
        stages={stages}
        stageId={stage.stageId}
        onStageChange={stage.choose}
        users={reference.users}
        userId={userId}
        onUserChange={setUserId}
      />
      <Group gap="xs">
        <Button
          size="xs"
          leftSection={<IconCheck size={14} aria-hidden />}
          rightSection={hint('A')}
          aria-keyshortcuts="a"
          disabled={stages.length === 0}
          onClick={accept}
        >
          {m.accept}
        </Button>
        <Button
          size="xs"
          color="red"
          variant="light"
          leftSection={<IconX size={14} aria-hidden />}
          rightSection={hint('D')}
          aria-keyshortcuts="d"
          onClick={() => setDialog('decline')}
        >
          {m.declineEllipsis}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconLink size={14} aria-hidden />}
          rightSection={hint('L')}
          aria-keyshortcuts="l"
          disabled={!link.canLink}
          aria-describedby={link.canLink ? undefined : linkReasonId}
          onClick={() => setDialog('link')}
        >
          {m.linkEllipsis}
        </Button>
      </Group>
      {!link.canLink && (
        <Text id={linkReasonId} size="xs" c="dimmed">
          {m.linkReasons[link.reason]}
        </Text>
      )}
      {dialog === 'decline' && (
        <DeclineDialog
          opened
          title={m.declineOne(name)}
          onCancel={() => setDialog(null)}
          onDecline={(reason) => act({ kind: 'decline', lead, userId: reference.currentUserId, reason })}
        />
      )}
      {dialog === 'link' && (
        <LinkLeadModal
          opened
          lead={lead}
          subject={name}
          onCancel={() => setDialog(null)}
          onLink={(choice) => act({ kind: 'link', lead, ...choice, userId: reference.currentUserId })}
        />
      )}
    </Stack>
  );
}
