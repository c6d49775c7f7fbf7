import { Button, Group, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useLocale, useMessages } from '@/lib/i18n';
import { EmptyList, ListError, ListSkeleton } from './inbox-list-states';
import { messages } from './inbox-messages';
import { describeEmptyView, type InboxView } from './inbox-view';
import { LeadList, type LeadListHandle } from './lead-list';
import type { InboxData } from './use-inbox-data';
import type { useLeadCursor } from './use-lead-cursor';
import type { LeadSelection } from './use-lead-selection';

interface InboxListBodyProps {
  data: InboxData;
  view: InboxView;
  cursor: ReturnType<typeof useLeadCursor>;
  listRef: Ref<LeadListHandle>;
  selection: LeadSelection;
  onViewChange: (change: Partial<InboxView>) => void;
}

function ListFooter({ data }: { data: InboxData }) {
  const m = useMessages(messages);
  const { list, rows, waiting } = data;
  if (!list.hasNextPage) return null;
  return (
    <Group justify="space-between" gap="xs">
      <Text size="xs" c="dimmed">
        {m.loaded(rows.length, waiting.total)}
        {list.isFetchNextPageError && m.couldNotLoadMore}
      </Text>
      <Button size="compact-sm" variant="subtle" loading={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
        {m.loadMore}
      </Button>
    </Group>
  );
}

/** Skeletons, the error, the empty state or the list itself: whichever the list query calls for. */
export function InboxListBody({ data, view, cursor, listRef, selection, onViewChange }: InboxListBodyProps) {
  const locale = useLocale();
  const { list, rows, visibleRows } = data;
  if (!list.data) {
    if (list.isError) {
      return <ListError error={list.error} isRetrying={list.isFetching} onRetry={() => void list.refetch()} />;
    }
    return <ListSkeleton />;
  }
  if (visibleRows.length === 0) {
    const pipelineName = view.pipeline === undefined ? undefined : data.names.get(view.pipeline);
    const query = view.q && rows.length > 0 ? view.q : undefined;
    const message = describeEmptyView(view, pipelineName, locale);
    return <EmptyList message={message} query={query} onClearSearch={() => onViewChange({ q: undefined })} />;
  }
  return (
    <>
      <LeadList
        key={data.scrollKey}
        ref={listRef}
        rows={visibleRows}
        scrollKey={data.scrollKey}
        activeUid={cursor.activeUid}
        focusRequest={cursor.focusRequest}
        pipelineNames={data.names}
        onCursorChange={cursor.setCursorUid}
        isSelected={selection.isSelected}
        onToggleSelected={selection.toggle}
        loadMore={{
          hasNextPage: list.hasNextPage,
          isFetchingNextPage: list.isFetchingNextPage,
          hasFailed: list.isFetchNextPageError,
          isAutomatic: !view.q,
          fetchNextPage: list.fetchNextPage,
        }}
      />
      <ListFooter data={data} />
    </>
  );
}
