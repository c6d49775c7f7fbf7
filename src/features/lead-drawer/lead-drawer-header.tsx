import { Badge, Button, CloseButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useLocale, useMessages } from '@/lib/i18n';
import { WRAP_ANYWHERE } from './free-text';
import { messages } from './lead-drawer-messages';
import { leadTitle } from './lead-drawer-text';
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
  const m = useMessages(messages);
  const locale = useLocale();
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
            {m.previous}
          </Button>
          {position && (
            <Text size="sm" c="dimmed" aria-live="polite" aria-atomic="true">
              {m.position(position.index + 1, position.total)}
            </Text>
          )}
          <Button
            size="xs"
            variant="default"
            rightSection={<IconChevronRight size={14} aria-hidden />}
            disabled={!onNext}
            onClick={onNext}
          >
            {m.next}
          </Button>
        </Group>
        <CloseButton aria-label={m.close} onClick={onClose} />
      </Group>
      {lead && (
        <Group gap="xs">
          <Badge variant="light">{m.categoryNames[lead.category]}</Badge>
          <Text size="sm" c="dimmed" component="span">
            {m.arrived} <LocalTime value={lead.createdAt} />
          </Text>
        </Group>
      )}
      <Title order={2} size="h4" id={titleId} dir="auto" lineClamp={3} style={WRAP_ANYWHERE}>
        {lead ? leadTitle(lead, locale) : m.incomingLead}
      </Title>
    </Stack>
  );
}
