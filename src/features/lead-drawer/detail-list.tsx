import { Box, Group, Text } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { FreeText, NotGiven } from './free-text';

export function DetailList({ children }: { children: ReactNode }) {
  return (
    <Box component="dl" m={0} style={{ display: 'grid', gap: 8 }}>
      {children}
    </Box>
  );
}

interface DetailRowProps {
  label: string;
  icon?: TablerIcon;
  /** Text from the lead; `null` shows "Not given". Ignored when children are given. */
  value?: string | null;
  children?: ReactNode;
}

/** One label and its value. The value is named by its label, so it can be found as "the Caller" by role. */
export function DetailRow({ label, icon: RowIcon, value = null, children }: DetailRowProps) {
  const labelId = useId();
  return (
    <Box style={{ display: 'grid', gridTemplateColumns: '8.5rem minmax(0, 1fr)', columnGap: 12 }}>
      <Text component="dt" id={labelId} size="sm" c="dimmed">
        <Group component="span" gap={6} wrap="nowrap" align="flex-start">
          {RowIcon && <RowIcon size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />}
          {label}
        </Group>
      </Text>
      <Box component="dd" m={0} aria-labelledby={labelId} style={{ minWidth: 0 }}>
        {children ?? (value === null ? <NotGiven /> : <FreeText text={value} />)}
      </Box>
    </Box>
  );
}
