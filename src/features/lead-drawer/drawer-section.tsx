import { Group, Stack, Text, Title } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useMessages } from '@/lib/i18n';
import { messages } from './lead-drawer-messages';

interface DrawerSectionProps {
  title: string;
  icon: TablerIcon;
  children: ReactNode;
}

export function DrawerSection({ title, icon: SectionIcon, children }: DrawerSectionProps) {
  const titleId = useId();
  return (
    <Stack component="section" gap="sm" aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId}>
        <Group component="span" gap={6} wrap="nowrap">
          <SectionIcon size={18} aria-hidden />
          {title}
        </Group>
      </Title>
      <ErrorBoundary fallback={<SectionUnshowable />}>{children}</ErrorBoundary>
    </Stack>
  );
}

/** What a section shows when its part of the record cannot be drawn: the other sections still are. */
function SectionUnshowable() {
  const m = useMessages(messages);
  return (
    <Text size="sm" c="dimmed" role="note">
      {m.sectionCouldNotBeShown}
    </Text>
  );
}
