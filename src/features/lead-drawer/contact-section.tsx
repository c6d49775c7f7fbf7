import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconAddressBook, IconAt, IconBuilding, IconPhone, IconUser } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { crmQueries } from '@/crm/crm-queries';
import type { Contact } from '@/crm/crm-schemas';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useApiClient } from '@/lib/api-client-context';
import { useErrorMessage } from '@/lib/error-message';
import { useMessages } from '@/lib/i18n';
import { ContactValue } from './contact-value';
import { DetailList, DetailRow } from './detail-list';
import { DrawerSection } from './drawer-section';
import { FreeText, NotGiven } from './free-text';
import { messages as drawerMessages } from './lead-drawer-messages';
import { OpenInCrmLink } from './open-in-crm-link';
import { messages } from './related-records-messages';
import { SectionError, SectionSkeleton } from './section-states';
import { useLeadContact } from './use-lead-contact';

function ContactList({ values, kind, empty }: { values: string[]; kind: 'phone' | 'email'; empty: string }) {
  if (values.length === 0) return <NotGiven>{empty}</NotGiven>;
  return (
    <Stack gap={2}>
      {values.map((value) => (
        <ContactValue key={value} value={value} kind={kind} />
      ))}
    </Stack>
  );
}

function CompanyName({ companyId }: { companyId: number | null }) {
  const api = useApiClient();
  const company = useQuery(crmQueries.companyById(api, companyId));
  const m = useMessages(messages);
  const retryLabel = useMessages(drawerMessages).retry;
  const errorText = useErrorMessage();
  if (companyId === null) return <NotGiven>{m.none}</NotGiven>;
  if (company.isPending) return <Skeleton height={18} width="60%" role="status" aria-label={m.loadingCompany} />;
  // A failed refresh keeps the name on screen: the page-wide banner says it may be out of date.
  if (company.data === undefined) {
    return (
      <Group gap="xs">
        <Text size="sm" c="var(--color-danger-text)">
          {errorText(company.error)}
        </Text>
        <Button size="compact-xs" variant="light" color="red" onClick={() => void company.refetch()}>
          {retryLabel}
        </Button>
      </Group>
    );
  }
  const name = company.data?.name ?? null;
  return name === null ? <NotGiven>{m.unnamedCompany}</NotGiven> : <FreeText text={name} lines={2} />;
}

function CompanyRow({ companyId }: { companyId: number | null }) {
  const m = useMessages(messages);
  return (
    <DetailRow label={m.company} icon={IconBuilding}>
      <CompanyName companyId={companyId} />
    </DetailRow>
  );
}

function ContactDetails({ contact, companyId }: { contact: Contact; companyId: number | null }) {
  const m = useMessages(messages);
  return (
    <DetailList>
      <DetailRow label={m.name} icon={IconUser} value={contact.name} />
      <DetailRow label={m.phones} icon={IconPhone}>
        <ContactList values={contact.phones} kind="phone" empty={m.none} />
      </DetailRow>
      <DetailRow label={m.emails} icon={IconAt}>
        <ContactList values={contact.emails} kind="email" empty={m.none} />
      </DetailRow>
      <CompanyRow companyId={companyId ?? contact.companyId} />
    </DetailList>
  );
}

function ContactState({ lead }: { lead: IncomingLead }) {
  const contact = useLeadContact(lead.contactId);
  const m = useMessages(messages);
  if (lead.contactId === null) {
    return (
      <Stack gap="sm">
        <NotGiven>{m.noContact}</NotGiven>
        {lead.companyId !== null && (
          <DetailList>
            <CompanyRow companyId={lead.companyId} />
          </DetailList>
        )}
      </Stack>
    );
  }
  if (contact.isPending) return <SectionSkeleton label={m.loadingContact} />;
  if (contact.data === undefined) {
    return <SectionError title={m.couldNotLoadContact} error={contact.error} onRetry={() => void contact.refetch()} />;
  }
  if (contact.data === null) return <NotGiven>{m.contactGone}</NotGiven>;
  return (
    <>
      <ContactDetails contact={contact.data} companyId={lead.companyId} />
      <OpenInCrmLink kind="contact" id={contact.data.id} />
    </>
  );
}

/** The contact and company amoCRM created with the incoming lead. */
export function ContactSection({ lead }: { lead: IncomingLead }) {
  const m = useMessages(messages);
  return (
    <DrawerSection title={m.contact} icon={IconAddressBook}>
      <ContactState lead={lead} />
    </DrawerSection>
  );
}
