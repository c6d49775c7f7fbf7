import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { errorMessage } from '@/lib/error-message';
import { IncomingLeadView } from './incoming-lead-view';
import { SectionSkeleton } from './section-states';

interface LeadDrawerContentProps {
  query: UseQueryResult<IncomingLead | null>;
  onOpenLead?: (uid: string) => void;
}

function LoadError({ query }: Pick<LeadDrawerContentProps, 'query'>) {
  return (
    <Alert color="red" title="Could not load this incoming lead" icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(query.error)}</Text>
        <Button variant="light" color="red" size="xs" loading={query.isFetching} onClick={() => void query.refetch()}>
          Retry
        </Button>
      </Stack>
    </Alert>
  );
}

export function LeadDrawerContent({ query, onOpenLead }: LeadDrawerContentProps) {
  const lead = query.data;
  if (lead === null) {
    return (
      <Alert color="gray" title="Already sorted" icon={<IconCircleCheck aria-hidden />} role="status">
        This incoming lead is no longer waiting — someone already sorted it.
      </Alert>
    );
  }
  if (lead === undefined) {
    return query.isError ? <LoadError query={query} /> : <SectionSkeleton label="Loading the incoming lead" rows={8} />;
  }
  return (
    <Stack gap="md">
      {/* A failed refresh keeps what was already shown, with the reason above it. */}
      {query.isError && <LoadError query={query} />}
      <IncomingLeadView lead={lead} onOpenLead={onOpenLead} />
    </Stack>
  );
}
