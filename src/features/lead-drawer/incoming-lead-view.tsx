import { Divider, Stack } from '@mantine/core';
import { IconForms, IconMail, IconMessageCircle, IconPhoneCall, type TablerIcon } from '@tabler/icons-react';
import type { IncomingLead, LeadCategory } from '@/incoming-leads/incoming-lead';
import { useMessages } from '@/lib/i18n';
import { ContactSection } from './contact-section';
import { CrmLeadSection } from './crm-lead-section';
import { DrawerSection } from './drawer-section';
import { DuplicatesSection } from './duplicates-section';
import { IncomingLeadDetails } from './incoming-lead-details';
import { messages } from './incoming-lead-details-messages';

const DETAILS_ICONS: Record<LeadCategory, TablerIcon> = {
  sip: IconPhoneCall,
  forms: IconForms,
  chats: IconMessageCircle,
  mail: IconMail,
};

interface IncomingLeadViewProps {
  lead: IncomingLead;
  onOpenLead?: (uid: string) => void;
}

export function IncomingLeadView({ lead, onOpenLead }: IncomingLeadViewProps) {
  const m = useMessages(messages);
  return (
    <Stack gap="lg">
      <DrawerSection title={m.detailsTitles[lead.category]} icon={DETAILS_ICONS[lead.category]}>
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
