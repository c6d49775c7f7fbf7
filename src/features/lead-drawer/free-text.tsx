import { Button, Text } from '@mantine/core';
import { type CSSProperties, useState } from 'react';
import { useMessages } from '@/lib/i18n';
import { messages } from './lead-drawer-messages';

// Lead data is whatever a visitor typed: unbroken 20,000-character strings must wrap, not push the drawer wider.
export const WRAP_ANYWHERE: CSSProperties = {
  overflowWrap: 'anywhere',
  wordBreak: 'break-word',
  whiteSpace: 'pre-wrap',
};

const LONG_TEXT_LENGTH = 280;

interface FreeTextProps {
  text: string;
  /** Lines shown before "Show all". */
  lines?: number;
}

/**
 * Untrusted text shown as text: React escapes it, `dir="auto"` isolates right-to-left and override characters
 * from the labels around it, and long text is clamped with a way to read all of it.
 */
export function FreeText({ text, lines = 4 }: FreeTextProps) {
  const [isExpanded, setIsExpanded] = useState(false);
  const m = useMessages(messages);
  const isLong = text.length > LONG_TEXT_LENGTH || text.split('\n').length > lines;
  return (
    <>
      <Text
        component="span"
        size="sm"
        dir="auto"
        lineClamp={isLong && !isExpanded ? lines : undefined}
        style={WRAP_ANYWHERE}
      >
        {text}
      </Text>
      {isLong && (
        <Button variant="subtle" size="compact-xs" aria-expanded={isExpanded} onClick={() => setIsExpanded((v) => !v)}>
          {isExpanded ? m.showLess : m.showAll}
        </Button>
      )}
    </>
  );
}

export function NotGiven({ children }: { children?: string }) {
  const m = useMessages(messages);
  return (
    <Text component="span" size="sm" c="dimmed">
      {children ?? m.notGiven}
    </Text>
  );
}
