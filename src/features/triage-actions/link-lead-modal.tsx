import { Button, Group, Modal, Radio, ScrollArea, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useRef, useState } from 'react';
import { crmQueries } from '@/crm/crm-queries';
import type { CrmLead } from '@/crm/crm-schemas';
import { contactKeys, type PersonKeys } from '@/crm/person-keys';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useApiClient } from '@/lib/api-client-context';
import { useMessages } from '@/lib/i18n';
import { messages } from './link-lead-messages';
import { LinkLeadResults } from './link-lead-results';

const SEARCH_DELAY = 300;
const NO_KEYS: PersonKeys = { phones: [], emails: [] };

export interface LinkChoice {
  targetLeadId: number;
  contactId: number | undefined;
}

interface LinkLeadModalProps {
  opened: boolean;
  /** The chat being linked: its contact's phones and e-mails put the same person's leads first. */
  lead: IncomingLead;
  /** Who the chat is from, for the title. */
  subject: string;
  onCancel: () => void;
  onLink: (choice: LinkChoice) => void;
}

function ContactChoice({ lead, value, onChange }: { lead: CrmLead; value: string; onChange: (id: string) => void }) {
  const api = useApiClient();
  const contacts = useQuery(crmQueries.contactsByIds(api, lead.contactIds)).data ?? [];
  const m = useMessages(messages);
  if (lead.contactIds.length === 0) return null;
  return (
    <Radio.Group label={m.contactOptional} value={value} onChange={onChange}>
      <Stack gap={6} mt={6}>
        <Radio value="" label={m.keepChatContact} />
        {contacts.map((contact) => (
          <Radio key={contact.id} value={String(contact.id)} label={contact.name ?? m.contactById(contact.id)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** The chat's person, as its contact in amoCRM gives it; null while the contact loads. */
function useChatPerson(lead: IncomingLead): PersonKeys | null {
  const api = useApiClient();
  const ids = lead.contactId === null ? [] : [lead.contactId];
  const contact = useQuery(crmQueries.contactsByIds(api, ids));
  if (ids.length > 0 && contact.isPending) return null;
  const found = contact.data?.[0];
  return found ? contactKeys(found) : NO_KEYS;
}

/**
 * Finds an existing lead by name or phone and links the chat to it, optionally merging into one of its contacts.
 * The results scroll; the search above and the buttons below stay in view.
 */
export function LinkLeadModal({ opened, lead, subject, onCancel, onLink }: LinkLeadModalProps) {
  const api = useApiClient();
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text, SEARCH_DELAY);
  const [leadId, setLeadId] = useState('');
  const [contactId, setContactId] = useState('');
  const results = useRef<HTMLDivElement>(null);
  const m = useMessages(messages);
  const person = useChatPerson(lead);
  const picked = useQuery(crmQueries.leadSearch(api, query)).data?.find((item) => String(item.id) === leadId);
  const confirm = () => picked && onLink({ targetLeadId: picked.id, contactId: Number(contactId) || undefined });
  // From the search box, the down arrow goes to the results, as in any list of suggestions.
  const intoResults = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown') return;
    const first = results.current?.querySelector<HTMLInputElement>('input[type="radio"]');
    if (!first) return;
    event.preventDefault();
    first.focus();
  };
  return (
    <Modal opened={opened} onClose={onCancel} title={m.linkTitle(subject)} size="lg">
      <Stack gap="md">
        <TextInput
          label={m.searchLeads}
          placeholder={m.nameOrPhone}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={intoResults}
          data-autofocus
        />
        <ScrollArea.Autosize mah="min(50vh, 28rem)" type="auto" offsetScrollbars viewportRef={results}>
          <Stack gap="md">
            <LinkLeadResults
              query={query}
              leadId={leadId}
              person={person}
              onPick={(id) => {
                setLeadId(id);
                setContactId('');
              }}
              onConfirm={confirm}
            />
            {picked && <ContactChoice lead={picked} value={contactId} onChange={setContactId} />}
          </Stack>
        </ScrollArea.Autosize>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {m.cancel}
          </Button>
          <Button disabled={!picked} onClick={confirm}>
            {m.link}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
