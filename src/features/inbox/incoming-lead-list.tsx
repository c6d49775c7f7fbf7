import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import type { InboxFilters } from '@/incoming-leads/incoming-lead';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { useApiClient } from '@/lib/api-client-context';
import { CATEGORY_LABELS, describeContent, describeSender, formatWaiting } from './incoming-lead-text';

interface IncomingLeadListProps {
  filters: InboxFilters;
}

export function IncomingLeadList({ filters }: IncomingLeadListProps) {
  const api = useApiClient();
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery(
    incomingLeadQueries.list(api, filters),
  );
  const leads = data.pages.flatMap((page) => page.items);
  const now = Date.now();

  if (leads.length === 0) {
    return <Text c="dimmed">No incoming leads are waiting.</Text>;
  }

  return (
    <Stack>
      <Table striped highlightOnHover aria-label="Incoming leads">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Channel</Table.Th>
            <Table.Th scope="col">From</Table.Th>
            <Table.Th scope="col">What</Table.Th>
            <Table.Th scope="col">Waiting</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {leads.map((lead) => (
            <Table.Tr key={lead.uid}>
              <Table.Td>
                <Badge variant="light">{CATEGORY_LABELS[lead.category]}</Badge>
              </Table.Td>
              <Table.Td>{describeSender(lead)}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={1}>
                  {describeContent(lead)}
                </Text>
              </Table.Td>
              <Table.Td>
                <time dateTime={new Date(lead.createdAt).toISOString()}>{formatWaiting(lead.createdAt, now)}</time>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {hasNextPage && (
        <Group justify="center">
          <Button variant="light" onClick={() => void fetchNextPage()} loading={isFetchingNextPage}>
            Load more
          </Button>
        </Group>
      )}
    </Stack>
  );
}
