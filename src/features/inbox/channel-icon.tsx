import { ThemeIcon } from '@mantine/core';
import { IconForms, IconMail, IconMessageCircle, IconPhoneIncoming, IconPhoneX } from '@tabler/icons-react';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';

const COLORS = { sip: 'teal', forms: 'grape', chats: 'blue', mail: 'orange' } as const;

function iconFor(lead: IncomingLead) {
  switch (lead.category) {
    case 'sip':
      return lead.call.isMissed ? IconPhoneX : IconPhoneIncoming;
    case 'forms':
      return IconForms;
    case 'chats':
      return IconMessageCircle;
    case 'mail':
      return IconMail;
  }
}

/** Decorative: the row says the channel in words as well. */
export function ChannelIcon({ lead }: { lead: IncomingLead }) {
  const Icon = iconFor(lead);
  const isMissed = lead.category === 'sip' && lead.call.isMissed;
  return (
    <ThemeIcon variant="light" radius="xl" size="md" color={isMissed ? 'red' : COLORS[lead.category]} aria-hidden>
      <Icon size={16} stroke={1.75} />
    </ThemeIcon>
  );
}
