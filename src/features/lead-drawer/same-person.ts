import { keysOf, type PersonKeys } from '@/crm/person-keys';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';

/** The phones and e-mails the incoming lead itself carries, before any contact is loaded. */
export function metadataKeys(lead: IncomingLead): PersonKeys {
  switch (lead.category) {
    case 'sip':
      // Only the caller: `phone` is the account's own line, the same for everyone who calls it.
      return keysOf([lead.call.from], []);
    case 'mail':
      return keysOf([], [lead.mail.fromEmail]);
    case 'forms':
    case 'chats':
      return keysOf([], []);
  }
}
