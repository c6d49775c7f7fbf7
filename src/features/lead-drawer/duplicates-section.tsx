import { IconUsers } from '@tabler/icons-react';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { DrawerSection } from './drawer-section';
import { OtherIncomingLeads, SamePersonContacts } from './duplicate-lists';
import { NotGiven } from './free-text';
import { hasKeys } from './same-person';
import { SectionError, SectionSkeleton } from './section-states';
import { useSamePerson } from './use-same-person';

interface DuplicatesSectionProps {
  lead: IncomingLead;
  onOpenLead?: (uid: string) => void;
}

function Duplicates({ lead, onOpenLead }: DuplicatesSectionProps) {
  const { keys, isPending, error, retry, matches } = useSamePerson(lead);
  if (isPending) return <SectionSkeleton label="Looking for the same person" rows={2} />;
  if (error) return <SectionError title="Could not look for the same person" error={error} onRetry={retry} />;
  if (!hasKeys(keys)) return <NotGiven>There is no phone or e-mail to compare.</NotGiven>;
  if (matches.incomingLeads.length === 0 && matches.contacts.length === 0) {
    return <NotGiven>No other incoming lead or contact has this phone or e-mail.</NotGiven>;
  }
  return (
    <>
      {matches.incomingLeads.length > 0 && <OtherIncomingLeads leads={matches.incomingLeads} onOpenLead={onOpenLead} />}
      {matches.contacts.length > 0 && <SamePersonContacts contacts={matches.contacts} />}
    </>
  );
}

/** Duplicates before the decision: the same phone or e-mail in other incoming leads and in existing contacts. */
export function DuplicatesSection(props: DuplicatesSectionProps) {
  return (
    <DrawerSection title="Same person elsewhere" icon={IconUsers}>
      <Duplicates {...props} />
    </DrawerSection>
  );
}
