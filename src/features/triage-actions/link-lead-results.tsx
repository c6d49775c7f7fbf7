import { Badge, Group, Loader, Radio, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { KeyboardEvent } from 'react';
import { crmQueries } from '@/crm/crm-queries';
import type { Contact, CrmLead } from '@/crm/crm-schemas';
import { contactKeys, type PersonKeys, sharesKey } from '@/crm/person-keys';
import { formatPrice } from '@/crm/price';
import { useApiClient } from '@/lib/api-client-context';
import { useErrorMessage } from '@/lib/error-message';
import { intlLocale, useLocale, useMessages } from '@/lib/i18n';
import { messages } from './link-lead-messages';

interface LinkLeadResultsProps {
  query: string;
  leadId: string;
  /** Who the chat is from, to put that person's leads first; null while it is being looked up. */
  person: PersonKeys | null;
  onPick: (id: string) => void;
  /** Enter on a chosen lead. */
  onConfirm: () => void;
}

interface Found {
  lead: CrmLead;
  contact: Contact | null;
  isSamePerson: boolean;
}

/** The search's leads with their main contacts; the chat's own person first, then amoCRM's order. */
function useFoundLeads(query: string, person: PersonKeys | null) {
  const api = useApiClient();
  const search = useQuery(crmQueries.leadSearch(api, query));
  const contactIds = (search.data ?? []).flatMap((lead) => (lead.mainContactId === null ? [] : [lead.mainContactId]));
  const contactsQuery = useQuery(crmQueries.contactsByIds(api, contactIds));
  const contacts = contactsQuery.data ?? [];
  const found: Found[] = (search.data ?? []).map((lead) => {
    const contact = contacts.find((item) => item.id === lead.mainContactId) ?? null;
    const isSamePerson = person !== null && contact !== null && sharesKey(person, contactKeys(contact));
    return { lead, contact, isSamePerson };
  });
  found.sort((a, b) => Number(b.isSamePerson) - Number(a.isSamePerson));
  // The order depends on the contacts: the list waits for them rather than reorder under the pointer.
  const isSorting = person === null || (contactIds.length > 0 && contactsQuery.isPending);
  return { search, found, isSorting };
}

/** What tells one lead from another: its contact, price, place in the pipeline, who has it, when it changed. */
function LeadDescription({ lead, contact }: Omit<Found, 'isSamePerson'>) {
  const m = useMessages(messages);
  const locale = useLocale();
  const api = useApiClient();
  const pipelines = useQuery(crmQueries.pipelines(api)).data;
  const access = useQuery(crmQueries.users(api)).data;
  const users = access?.access === 'granted' ? access.users : [];
  const pipeline = pipelines?.find((item) => item.id === lead.pipelineId);
  const stage = pipeline?.stages.find((item) => item.id === lead.statusId);
  const responsible = users.find((user) => user.id === lead.responsibleUserId);
  const when =
    lead.updatedAt === null
      ? null
      : new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(lead.updatedAt);
  const who = contact ? [contact.name, contact.phones[0] ?? contact.emails[0]].filter(Boolean).join(' · ') : '';
  const place = [pipeline?.name, stage?.name].filter(Boolean).join(' · ');
  return (
    <Stack gap={0} component="span">
      <Text component="span" size="xs" dir="auto">
        {who || m.noContact}
      </Text>
      <Text component="span" size="xs" c="dimmed" dir="auto">
        {[formatPrice(lead.price, intlLocale(locale)) ?? m.noPrice, place].filter(Boolean).join(' · ')}
      </Text>
      <Text component="span" size="xs" c="dimmed" dir="auto">
        {[responsible && m.responsibleIs(responsible.name), when && m.changedAt(when)].filter(Boolean).join(' · ')}
      </Text>
    </Stack>
  );
}

/** The leads a search found, as a radio group that works from the keyboard: arrows choose, Enter links. */
export function LinkLeadResults({ query, leadId, person, onPick, onConfirm }: LinkLeadResultsProps) {
  const m = useMessages(messages);
  const errorText = useErrorMessage();
  const { search, found, isSorting } = useFoundLeads(query, person);
  if (query.trim() === '')
    return (
      <Text size="sm" c="dimmed">
        {m.typeToFind}
      </Text>
    );
  if (search.data === undefined && search.isError)
    return (
      <Text size="sm" c="var(--color-danger-text)">
        {errorText(search.error)}
      </Text>
    );
  if (!search.data || isSorting) return <Loader size="sm" aria-label={m.searchingLeads} />;
  if (found.length === 0) return <Text size="sm">{m.noLeadsMatch(query.trim())}</Text>;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && leadId !== '') {
      event.preventDefault();
      onConfirm();
    }
  };
  return (
    <Radio.Group
      label={m.lead}
      description={m.searchHint}
      value={leadId || null}
      onChange={onPick}
      onKeyDown={onKeyDown}
    >
      <Stack gap="sm" mt={6}>
        {found.map(({ lead, contact, isSamePerson }) => (
          <Radio
            key={lead.id}
            value={String(lead.id)}
            label={
              <Group gap={6} wrap="wrap" component="span">
                <span dir="auto">{m.leadLabel(lead.name, lead.id)}</span>
                {/* A space, so the name reads "… (#12) Same person as the chat". */}{' '}
                {isSamePerson && (
                  <Badge size="xs" variant="light" color="teal" component="span">
                    {m.samePerson}
                  </Badge>
                )}
              </Group>
            }
            description={<LeadDescription lead={lead} contact={contact} />}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
