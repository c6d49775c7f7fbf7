import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconUsers } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorBoundary } from 'react-error-boundary';
import type { Departure } from '@/incoming-leads/change-feed-cache';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useNow } from '@/lib/clock-context';
import { useErrorMessage } from '@/lib/error-message';
import { useMessages } from '@/lib/i18n';
import { IncomingLeadView } from './incoming-lead-view';
import { messages } from './lead-drawer-messages';
import { SectionSkeleton } from './section-states';

interface LeadDrawerContentProps {
  query: UseQueryResult<IncomingLead | null>;
  /** How the lead left, when the change feed told: a colleague's accept is news, not an error. */
  departure?: Departure | null;
  onOpenLead?: (uid: string) => void;
}

function SortedByColleague({ departure }: { departure: Departure }) {
  const m = useMessages(messages);
  const now = useNow(30_000);
  const minutesAgo = Math.max(0, Math.floor((now - departure.at) / 60_000));
  return (
    <Alert
      color="blue"
      title={m.sortedBy(departure.how, departure.by, minutesAgo)}
      icon={<IconUsers aria-hidden />}
      role="status"
    >
      {m.sortedByHint}
    </Alert>
  );
}

function LoadError({ query }: Pick<LeadDrawerContentProps, 'query'>) {
  const m = useMessages(messages);
  const errorText = useErrorMessage();
  return (
    <Alert color="red" title={m.couldNotLoadLead} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorText(query.error)}</Text>
        <Button variant="light" color="red" size="xs" loading={query.isFetching} onClick={() => void query.refetch()}>
          {m.retry}
        </Button>
      </Stack>
    </Alert>
  );
}

export function LeadDrawerContent({ query, departure, onOpenLead }: LeadDrawerContentProps) {
  const m = useMessages(messages);
  const lead = query.data;
  if (lead === null && departure) return <SortedByColleague departure={departure} />;
  if (lead === null) {
    return (
      <Alert color="gray" title={m.alreadySorted} icon={<IconCircleCheck aria-hidden />} role="status">
        {m.noLongerWaiting}
      </Alert>
    );
  }
  if (lead === undefined) {
    return query.isError ? <LoadError query={query} /> : <SectionSkeleton label={m.loadingIncomingLead} rows={8} />;
  }
  // A failed refresh keeps what was already shown: the page-wide banner says it may be out of date.
  return (
    <Stack gap="md">
      {/* Lead data is untrusted: a record the view cannot draw is named, and the drawer and the page go on. */}
      <ErrorBoundary resetKeys={[lead]} fallback={<Unshowable uid={lead.uid} />}>
        <IncomingLeadView lead={lead} onOpenLead={onOpenLead} />
      </ErrorBoundary>
    </Stack>
  );
}

function Unshowable({ uid }: { uid: string }) {
  const m = useMessages(messages);
  return (
    <Alert color="gray" icon={<IconAlertTriangle aria-hidden />} role="alert">
      {m.leadCouldNotBeShown(uid)}
    </Alert>
  );
}
