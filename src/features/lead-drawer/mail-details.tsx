import { IconAt, IconClock, IconFileText, IconMail, IconMessages, IconUser } from '@tabler/icons-react';
import type { IncomingMail } from '@/incoming-leads/incoming-lead';
import { useMessages } from '@/lib/i18n';
import { DetailList, DetailRow } from './detail-list';
import { messages } from './incoming-lead-details-messages';
import { LocalTime } from './local-time';

export function MailDetails({ mail }: { mail: IncomingMail }) {
  const m = useMessages(messages);
  return (
    <DetailList>
      <DetailRow label={m.sender} icon={IconUser} value={mail.fromName} />
      <DetailRow label={m.address} icon={IconAt} value={mail.fromEmail} />
      <DetailRow label={m.subject} icon={IconMail} value={mail.subject} />
      <DetailRow label={m.received} icon={IconClock}>
        <LocalTime value={mail.receivedAt} />
      </DetailRow>
      <DetailRow label={m.summary} icon={IconFileText} value={mail.summary} />
      <DetailRow label={m.thread} icon={IconMessages} value={mail.threadId} />
    </DetailList>
  );
}
