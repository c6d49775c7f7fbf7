import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { DECLINE_REASONS, type DeclineReason } from '@/incoming-leads/triage';

export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  spam: 'Spam',
  duplicate: 'Duplicate',
  'wrong-number': 'Wrong number',
  'not-a-client': 'Not a client',
  other: 'Other',
};

interface DeclineDialogProps {
  opened: boolean;
  /** "Anna Petrova" or "37 incoming leads". */
  subject: string;
  onCancel: () => void;
  onDecline: (reason: DeclineReason | undefined) => void;
}

/** Declining deletes the lead in amoCRM, so it asks first; the reason stays in this browser for the summary. */
export function DeclineDialog({ opened, subject, onCancel, onDecline }: DeclineDialogProps) {
  const [reason, setReason] = useState<DeclineReason | undefined>(undefined);
  return (
    <Modal opened={opened} onClose={onCancel} title={`Decline ${subject}?`}>
      <Stack gap="md">
        <Text size="sm">
          amoCRM moves a declined lead, with the contact and company it brought, to the bin. Undo stays possible for a
          few seconds after.
        </Text>
        <Radio.Group
          label="Reason (optional)"
          value={reason ?? null}
          onChange={(value) => setReason(value as DeclineReason)}
        >
          <Stack gap={6} mt={6}>
            {DECLINE_REASONS.map((each) => (
              <Radio key={each} value={each} label={DECLINE_REASON_LABELS[each]} />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button color="red" onClick={() => onDecline(reason)} data-autofocus>
            Decline
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
