import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMessages } from '@/lib/i18n';
import { DECLINE_REASONS, type DeclineReason } from '@/triage/triage-action';
import { messages } from './triage-actions-messages';
import { messages as triageMessages } from './triage-outcome-messages';

interface DeclineDialogProps {
  opened: boolean;
  /** "Decline Anna Petrova?" or "Decline 37 incoming leads?" */
  title: string;
  onCancel: () => void;
  onDecline: (reason: DeclineReason | undefined) => void;
}

/** Declining deletes the lead in amoCRM, so it asks first; the reason stays in this browser for the summary. */
export function DeclineDialog({ opened, title, onCancel, onDecline }: DeclineDialogProps) {
  const m = useMessages(messages);
  const reasonNames = useMessages(triageMessages).declineReasons;
  const [reason, setReason] = useState<DeclineReason | undefined>(undefined);
  return (
    <Modal opened={opened} onClose={onCancel} title={title}>
      <Stack gap="md">
        <Text size="sm">{m.declineExplained}</Text>
        <Radio.Group
          label={m.reasonOptional}
          value={reason ?? null}
          onChange={(value) => setReason(value as DeclineReason)}
        >
          <Stack gap={6} mt={6}>
            {DECLINE_REASONS.map((each) => (
              <Radio key={each} value={each} label={reasonNames[each]} />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {m.cancel}
          </Button>
          <Button color="red" onClick={() => onDecline(reason)} data-autofocus>
            {m.decline}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
