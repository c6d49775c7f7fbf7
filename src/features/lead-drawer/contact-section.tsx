import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconAddressBook, IconAt, IconBuilding, IconPhone, IconUser } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { crmQueries } from '@/crm/crm-queries';
import type { Contact } from '@/crm/crm-schemas';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useApiClient } from '@/lib/api-client-context';
import { errorMessage } from '@/lib/error-message';
import { DetailList, DetailRow } from './detail-list';
import { DrawerSection } from './drawer-section';
import { FreeText, NotGiven } from './free-text';
import { OpenInCrmLink } from './open-in-crm-link';
import { SectionError, SectionSkeleton } from './section-states';
import { useLeadContact } from './use-lead-contact';

function TextList({ values, empty }: { values: string[]; empty: string }) {
  if (values.length === 0) return <NotGiven>{empty}</NotGiven>;
  return (
    <Stack gap={2}>
      {values.map((value) => (
        <FreeText key={value} text={value} lines={2} />
      ))}
    </Stack>
  );
}

function CompanyName({ companyId }: { companyId: number | null }) {
  const api = useApiClient();
  const company = useQuery(crmQueries.companyById(api, companyId));
  if (companyId === null) return <NotGiven>None</NotGiven>;
  if (company.isPending) return <Skeleton height={18} width="60%" role="status" aria-label="Loading the company" />;
  if (company.isError) {
    return (
      <Group gap="xs">
        <Text size="sm" c="var(--color-danger-text)">
          {errorMessage(company.error)}
        </Text>
        <Button size="compact-xs" variant="light" color="red" onClick={() => void company.refetch()}>
          Retry
        </Button>
      </Group>
    );
  }
  const name = company.data?.name ?? null;
  return name === null ? <NotGiven>Unnamed company</NotGiven> : <FreeText text={name} lines={2} />;
}

function CompanyRow({ companyId }: { companyId: number | null }) {
  return (
    <DetailRow label="Company" icon={IconBuilding}>
      <CompanyName companyId={companyId} />
    </DetailRow>
  );
}

function ContactDetails({ contact, companyId }: { contact: Contact; companyId: number | null }) {
  return (
    <DetailList>
      <DetailRow label="Name" icon={IconUser} value={contact.name} />
      <DetailRow label="Phones" icon={IconPhone}>
        <TextList values={contact.phones} empty="None" />
      </DetailRow>
      <DetailRow label="E-mails" icon={IconAt}>
        <TextList values={contact.emails} empty="None" />
      </DetailRow>
      <CompanyRow companyId={companyId ?? contact.companyId} />
    </DetailList>
  );
}

function ContactState({ lead }: { lead: IncomingLead }) {
  const contact = useLeadContact(lead.contactId);
  if (lead.contactId === null) {
    return (
      <Stack gap="sm">
        <NotGiven>No contact came with this incoming lead.</NotGiven>
        {lead.companyId !== null && (
          <DetailList>
            <CompanyRow companyId={lead.companyId} />
          </DetailList>
        )}
      </Stack>
    );
  }
  if (contact.isPending) return <SectionSkeleton label="Loading the contact" />;
  if (contact.isError) {
    return (
      <SectionError title="Could not load the contact" error={contact.error} onRetry={() => void contact.refetch()} />
    );
  }
  if (contact.data === null) return <NotGiven>The contact is no longer in amoCRM.</NotGiven>;
  return (
    <>
      <ContactDetails contact={contact.data} companyId={lead.companyId} />
      <OpenInCrmLink kind="contact" id={contact.data.id} />
    </>
  );
}

/** The contact and company amoCRM created with the incoming lead. */
export function ContactSection({ lead }: { lead: IncomingLead }) {
  return (
    <DrawerSection title="Contact" icon={IconAddressBook}>
      <ContactState lead={lead} />
    </DrawerSection>
  );
}
