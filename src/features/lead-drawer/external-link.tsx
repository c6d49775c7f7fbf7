import { Anchor } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useOpenUrlHandler } from '@/lib/crm-navigation';
import { toSafeHttpUrl } from '@/lib/safe-url';
import { FreeText, NotGiven, WRAP_ANYWHERE } from './free-text';

/**
 * An address from lead data: a link when it is absolute http(s), opened in a new tab without access to this
 * page; anything else (`javascript:`, `data:`, a form's description) is shown as plain text.
 */
export function ExternalLink({ value }: { value: string | null }) {
  const href = toSafeHttpUrl(value);
  // Inside the CRM the host page opens it: a sandboxed frame may not be allowed to open tabs.
  const onClick = useOpenUrlHandler(href ?? '');
  if (value === null) return <NotGiven />;
  if (href === null) return <FreeText text={value} lines={2} />;
  return (
    <Anchor
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      size="sm"
      dir="auto"
      style={WRAP_ANYWHERE}
      onClick={onClick}
    >
      {value}
      <IconExternalLink size={14} aria-hidden style={{ marginInlineStart: 4, verticalAlign: 'middle' }} />
    </Anchor>
  );
}
