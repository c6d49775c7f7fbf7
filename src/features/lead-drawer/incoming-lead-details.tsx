import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { CallDetails } from './call-details';
import { ChatDetails } from './chat-details';
import { FormDetails } from './form-details';
import { MailDetails } from './mail-details';

/** What arrived, by channel: each category has its own metadata and its own panel. */
export function IncomingLeadDetails({ lead }: { lead: IncomingLead }) {
  switch (lead.category) {
    case 'sip':
      return <CallDetails call={lead.call} sourceName={lead.sourceName} />;
    case 'forms':
      return <FormDetails form={lead.form} />;
    case 'chats':
      return <ChatDetails chat={lead.chat} />;
    case 'mail':
      return <MailDetails mail={lead.mail} />;
  }
}
