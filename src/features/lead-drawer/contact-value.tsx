import { ActionIcon, Anchor, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useMessages } from '@/lib/i18n';
import { toMailtoHref, toTelHref } from '@/lib/safe-url';
import { FreeText, WRAP_ANYWHERE } from './free-text';
import { messages } from './related-records-messages';

interface ContactValueProps {
  value: string;
  kind: 'phone' | 'email';
}

/**
 * A phone number or e-mail address from lead data: a `tel:` or `mailto:` link with a copy button when it is a
 * well-formed one, plain text otherwise (a name in the caller field, an address with `?cc=` in it).
 */
export function ContactValue({ value, kind }: ContactValueProps) {
  const m = useMessages(messages);
  const href = kind === 'phone' ? toTelHref(value) : toMailtoHref(value);
  if (href === null) return <FreeText text={value} lines={2} />;
  const label = kind === 'phone' ? m.copyPhone(value) : m.copyEmail(value);
  return (
    <Group gap={4} wrap="nowrap" align="center">
      <Anchor href={href} size="sm" dir="auto" style={WRAP_ANYWHERE}>
        {value}
      </Anchor>
      <CopyButton value={value.trim()}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? m.copied : label} withArrow position="right">
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              size="sm"
              onClick={copy}
              aria-label={copied ? m.copied : label}
            >
              {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
