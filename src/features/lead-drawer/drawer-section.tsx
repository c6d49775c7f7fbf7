import { Group, Stack, Title } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';

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
      {children}
    </Stack>
  );
}
