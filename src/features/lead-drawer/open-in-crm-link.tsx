import { Anchor } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { type CrmRecordKind, useCrmNavigation } from '@/lib/crm-navigation';
import { useMessages } from '@/lib/i18n';
import { messages } from './open-in-crm-messages';

const LABEL = { lead: 'openLead', contact: 'openContact', company: 'openCompany' } as const;

/**
 * A link to the record's page in the CRM. Inside the CRM the click asks the host page to go there, so the
 * frame never navigates away from the app; nothing is shown when the account's address is unknown.
 */
export function OpenInCrmLink({ kind, id }: { kind: CrmRecordKind; id: number | null }) {
  const navigation = useCrmNavigation();
  const text = useMessages(messages);
  if (id === null) return null;
  const record = { kind, id };
  const href = navigation.recordUrl(record);
  if (href === null) return null;
  const { openRecord } = navigation;
  return (
    <Anchor
      href={href}
      target={openRecord ? undefined : '_blank'}
      rel="noopener noreferrer"
      size="sm"
      onClick={
        openRecord
          ? (event) => {
              event.preventDefault();
              openRecord(record);
            }
          : undefined
      }
    >
      {text[LABEL[kind]]}
      <IconExternalLink size={14} aria-hidden style={{ marginInlineStart: 4, verticalAlign: 'middle' }} />
    </Anchor>
  );
}
