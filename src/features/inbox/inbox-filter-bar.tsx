import { Group, Input, SegmentedControl, Stack } from '@mantine/core';
import { type Ref, useId } from 'react';
import type { Pipeline } from '@/crm/crm-schemas';
import type { LeadCategory } from '@/incoming-leads/incoming-lead';
import { useMessages } from '@/lib/i18n';
import { CategoryChips } from './category-chips';
import { messages } from './inbox-messages';
import type { InboxSort, InboxView } from './inbox-view';
import { PipelineSelect } from './pipeline-select';
import { SearchBox } from './search-box';

interface InboxFilterBarProps {
  view: InboxView;
  counts: Record<LeadCategory, number> | undefined;
  pipelines: readonly Pipeline[] | undefined;
  onViewChange: (change: Partial<InboxView>, options?: { replace?: boolean }) => void;
  searchRef: Ref<HTMLInputElement>;
}

export function InboxFilterBar({ view, counts, pipelines, onViewChange, searchRef }: InboxFilterBarProps) {
  const sortLabel = useId();
  const m = useMessages(messages);
  const sorts: { value: InboxSort; label: string }[] = [
    { value: 'newest', label: m.newestFirst },
    { value: 'oldest', label: m.oldestFirst },
  ];
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <PipelineSelect value={view.pipeline} pipelines={pipelines} onChange={(pipeline) => onViewChange({ pipeline })} />
      <Stack gap={0}>
        <Input.Label id={sortLabel} component="div">
          {m.sort}
        </Input.Label>
        <SegmentedControl
          aria-labelledby={sortLabel}
          size="sm"
          data={sorts}
          value={view.sort ?? 'newest'}
          onChange={(sort) => onViewChange({ sort: sort === 'oldest' ? 'oldest' : 'newest' })}
        />
      </Stack>
      <SearchBox ref={searchRef} value={view.q ?? ''} onChange={(q) => onViewChange({ q }, { replace: true })} />
      <CategoryChips value={view.category ?? []} counts={counts} onChange={(category) => onViewChange({ category })} />
    </Group>
  );
}
