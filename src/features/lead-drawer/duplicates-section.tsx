import { IconUsers } from '@tabler/icons-react';
import { hasKeys } from '@/crm/person-keys';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useMessages } from '@/lib/i18n';
import { DrawerSection } from './drawer-section';
import { OtherIncomingLeads, SamePersonContacts } from './duplicate-lists';
import { NotGiven } from './free-text';
import { messages } from './related-records-messages';
import { SectionError, SectionSkeleton } from './section-states';
import { useSamePerson } from './use-same-person';

interface DuplicatesSectionProps {
  lead: IncomingLead;
  onOpenLead?: (uid: string) => void;
}

function Duplicates({ lead, onOpenLead }: DuplicatesSectionProps) {
  const { keys, isPending, error, retry, matches } = useSamePerson(lead);
  const m = useMessages(messages);
  if (isPending) return <SectionSkeleton label={m.lookingForSamePerson} rows={2} />;
  if (error) return <SectionError title={m.couldNotLookForSamePerson} error={error} onRetry={retry} />;
  if (!hasKeys(keys)) return <NotGiven>{m.nothingToCompare}</NotGiven>;
  if (matches.incomingLeads.length === 0 && matches.contacts.length === 0) {
    return <NotGiven>{m.noSamePerson}</NotGiven>;
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
  const m = useMessages(messages);
  return (
    <DrawerSection title={m.samePerson} icon={IconUsers}>
      <Duplicates {...props} />
    </DrawerSection>
  );
}
