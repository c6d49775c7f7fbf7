import { Button, Group, Loader, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { crmQueries } from '@/crm/crm-queries';
import type { CrmLead } from '@/crm/crm-schemas';
import { useApiClient } from '@/lib/api-client-context';
import { useErrorMessage } from '@/lib/error-message';
import { useMessages } from '@/lib/i18n';
import { messages } from './triage-actions-messages';

const SEARCH_DELAY = 300;

export interface LinkChoice {
  targetLeadId: number;
  contactId: number | undefined;
}

interface LinkLeadModalProps {
  opened: boolean;
  /** Who the chat is from, for the title. */
  subject: string;
  onCancel: () => void;
  onLink: (choice: LinkChoice) => void;
}

function LeadResults({ query, leadId, onPick }: { query: string; leadId: string; onPick: (id: string) => void }) {
  const api = useApiClient();
  const search = useQuery(crmQueries.leadSearch(api, query));
  const m = useMessages(messages);
  const errorText = useErrorMessage();
  if (query.trim() === '')
    return (
      <Text size="sm" c="dimmed">
        {m.typeToFind}
      </Text>
    );
  if (search.isError)
    return (
      <Text size="sm" c="var(--color-danger-text)">
        {errorText(search.error)}
      </Text>
    );
  if (!search.data) return <Loader size="sm" aria-label={m.searchingLeads} />;
  if (search.data.length === 0) return <Text size="sm">{m.noLeadsMatch(query.trim())}</Text>;
  return (
    <Radio.Group label={m.lead} value={leadId || null} onChange={onPick}>
      <Stack gap={6} mt={6}>
        {search.data.map((lead) => (
          <Radio key={lead.id} value={String(lead.id)} label={m.leadLabel(lead.name, lead.id)} />
        ))}
      </Stack>
    </Radio.Group>
  );
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

/** Finds an existing lead by name or phone and links the chat to it, optionally merging into one of its contacts. */
export function LinkLeadModal({ opened, subject, onCancel, onLink }: LinkLeadModalProps) {
  const api = useApiClient();
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text, SEARCH_DELAY);
  const [leadId, setLeadId] = useState('');
  const [contactId, setContactId] = useState('');
  const m = useMessages(messages);
  const picked = useQuery(crmQueries.leadSearch(api, query)).data?.find((lead) => String(lead.id) === leadId);
  return (
    <Modal opened={opened} onClose={onCancel} title={m.linkTitle(subject)}>
      <Stack gap="md">
        <TextInput
          label={m.searchLeads}
          placeholder={m.nameOrPhone}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          data-autofocus
        />
        <LeadResults
          query={query}
          leadId={leadId}
          onPick={(id) => {
            setLeadId(id);
            setContactId('');
          }}
        />
        {picked && <ContactChoice lead={picked} value={contactId} onChange={setContactId} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {m.cancel}
          </Button>
          <Button
            disabled={!picked}
            onClick={() => picked && onLink({ targetLeadId: picked.id, contactId: Number(contactId) || undefined })}
          >
            {m.link}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
