import { IconAt, IconClock, IconFileText, IconMail, IconMessages, IconUser } from '@tabler/icons-react';
import type { IncomingMail } from '@/incoming-leads/incoming-lead';
import { DetailList, DetailRow } from './detail-list';
import { LocalTime } from './local-time';

export function MailDetails({ mail }: { mail: IncomingMail }) {
  return (
    <DetailList>
      <DetailRow label="Sender" icon={IconUser} value={mail.fromName} />
      <DetailRow label="Address" icon={IconAt} value={mail.fromEmail} />
      <DetailRow label="Subject" icon={IconMail} value={mail.subject} />
      <DetailRow label="Received" icon={IconClock}>
        <LocalTime value={mail.receivedAt} />
      </DetailRow>
      <DetailRow label="Summary" icon={IconFileText} value={mail.summary} />
      <DetailRow label="Thread" icon={IconMessages} value={mail.threadId} />
    </DetailList>
  );
}
