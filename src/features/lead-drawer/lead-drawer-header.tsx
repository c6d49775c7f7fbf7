import { Badge, Button, CloseButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { WRAP_ANYWHERE } from './free-text';
import { CATEGORY_NAMES, leadTitle } from './lead-drawer-text';
import { LocalTime } from './local-time';

interface LeadDrawerHeaderProps {
  titleId: string;
  /** `undefined` while loading or after an error, `null` once the lead is no longer waiting. */
  lead: IncomingLead | null | undefined;
  onClose: () => void;
  onPrevious?: () => void;
  onNext?: () => void;
  position?: { index: number; total: number };
}

export function LeadDrawerHeader({ titleId, lead, onClose, onPrevious, onNext, position }: LeadDrawerHeaderProps) {
  return (
    <Stack gap="xs" p="md" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconChevronLeft size={14} aria-hidden />}
            disabled={!onPrevious}
            onClick={onPrevious}
          >
            Previous
          </Button>
          {position && (
            <Text size="sm" c="dimmed" aria-live="polite" aria-atomic="true">
              {position.index + 1} of {position.total}
            </Text>
          )}
          <Button
            size="xs"
            variant="default"
            rightSection={<IconChevronRight size={14} aria-hidden />}
            disabled={!onNext}
            onClick={onNext}
          >
            Next
          </Button>
        </Group>
        <CloseButton aria-label="Close the incoming lead" onClick={onClose} />
      </Group>
      {lead && (
        <Group gap="xs">
          <Badge variant="light">{CATEGORY_NAMES[lead.category]}</Badge>
          <Text size="sm" c="dimmed" component="span">
            arrived <LocalTime value={lead.createdAt} />
          </Text>
        </Group>
      )}
      <Title order={2} size="h4" id={titleId} dir="auto" lineClamp={3} style={WRAP_ANYWHERE}>
        {lead ? leadTitle(lead) : 'Incoming lead'}
      </Title>
    </Stack>
  );
}
