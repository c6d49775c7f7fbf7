import { Divider, Stack } from '@mantine/core';
import { IconForms, IconMail, IconMessageCircle, IconPhoneCall, type TablerIcon } from '@tabler/icons-react';
import type { IncomingLead, LeadCategory } from '@/incoming-leads/incoming-lead';
import { ContactSection } from './contact-section';
import { CrmLeadSection } from './crm-lead-section';
import { DrawerSection } from './drawer-section';
import { DuplicatesSection } from './duplicates-section';
import { IncomingLeadDetails } from './incoming-lead-details';

const DETAILS_TITLES: Record<LeadCategory, { title: string; icon: TablerIcon }> = {
  sip: { title: 'Call details', icon: IconPhoneCall },
  forms: { title: 'Form details', icon: IconForms },
  chats: { title: 'Chat details', icon: IconMessageCircle },
  mail: { title: 'E-mail details', icon: IconMail },
};

interface IncomingLeadViewProps {
  lead: IncomingLead;
  onOpenLead?: (uid: string) => void;
}

export function IncomingLeadView({ lead, onOpenLead }: IncomingLeadViewProps) {
  const { title, icon } = DETAILS_TITLES[lead.category];
  return (
    <Stack gap="lg">
      <DrawerSection title={title} icon={icon}>
        <IncomingLeadDetails lead={lead} />
      </DrawerSection>
      <Divider />
      <DuplicatesSection lead={lead} onOpenLead={onOpenLead} />
      <Divider />
      <ContactSection lead={lead} />
      <Divider />
      <CrmLeadSection lead={lead} />
    </Stack>
  );
}
