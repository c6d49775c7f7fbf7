import { ActionIcon, Checkbox, Group, Title } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { type ReactNode, useRef } from 'react';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useMessages } from '@/lib/i18n';
import classes from './inbox.module.css';
import { InboxFilterBar } from './inbox-filter-bar';
import { InboxListBody } from './inbox-list-body';
import { messages } from './inbox-messages';
import type { ShortcutRow } from './inbox-shortcuts';
import type { InboxView } from './inbox-view';
import type { LeadListHandle } from './lead-list';
import listClasses from './lead-list.module.css';
import { LiveStatus } from './live-status';
import { NewArrivalsBar } from './new-arrivals-bar';
import { OfflineBanner } from './offline-banner';
import { ShortcutSheet } from './shortcut-sheet';
import { useInboxData } from './use-inbox-data';
import { useInboxNavigation } from './use-inbox-navigation';
import { type InboxSelection, type LeadSelection, useLeadSelection } from './use-lead-selection';
import { useTabTitle } from './use-tab-title';

interface InboxProps {
  view: InboxView;
  openUid: string | undefined;
  onViewChange: (change: Partial<InboxView>, options?: { replace?: boolean }) => void;
  /** Always rendered, so whatever it shows (a bulk run's progress) outlives the selection. */
  renderBulkBar?: (selection: InboxSelection) => ReactNode;
  /** Keys and dialogs that act on the cursor's row while no drawer is open. */
  renderTargetActions?: (target: IncomingLead | undefined) => ReactNode;
  /** Banners above the list, such as pending work that needs the manager. */
  notices?: ReactNode;
  /** Rows the shortcut sheet adds for keys answered outside the inbox. */
  extraShortcuts?: readonly ShortcutRow[];
}

function SelectShown({ selection }: { selection: LeadSelection }) {
  const m = useMessages(messages);
  const { selected, total } = selection.shown;
  if (total === 0) return null;
  return (
    <Checkbox
      size="xs"
      label={m.selectAll}
      aria-label={m.selectAllShown(total)}
      checked={selected === total}
      indeterminate={selected > 0 && selected < total}
      onChange={selection.toggleShown}
    />
  );
}

/** The inbox: filters, the list and its keys. The route puts the lead drawer beside it. */
export function Inbox({ view, openUid, onViewChange, ...slots }: InboxProps) {
  const m = useMessages(messages);
  const data = useInboxData(view);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<LeadListHandle>(null);
  const selection = useLeadSelection(data, view);
  const navigation = useInboxNavigation({
    rows: data.visibleRows,
    orderRows: data.orderRows,
    overlay: data.overlay,
    openUid,
    onToggleSelected: selection.toggle,
    searchRef,
  });
  useTabTitle(data.waiting.total);
  const showArrivals = () => {
    listRef.current?.scrollToTop();
    void data.reload();
  };
  return (
    <div className={classes.inbox} data-drawer-open={openUid === undefined ? undefined : ''}>
      <OfflineBanner />
      {slots.notices}
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={1} size="h3">
            {m.title}
          </Title>
          <LiveStatus />
        </Group>
        <ActionIcon variant="subtle" color="gray" aria-label={m.keyboardShortcuts} onClick={navigation.showHelp}>
          <IconKeyboard size={18} aria-hidden />
        </ActionIcon>
      </Group>
      <InboxFilterBar
        view={view}
        counts={data.waiting.counts}
        pipelines={data.pipelines}
        onViewChange={onViewChange}
        searchRef={searchRef}
      />
      <Group gap="md" mih={28} wrap="nowrap">
        <SelectShown selection={selection} />
        {slots.renderBulkBar?.(selection.selection)}
      </Group>
      <div className={listClasses.listArea}>
        <NewArrivalsBar count={data.waiting.arrivals.length} isLoading={data.list.isRefetching} onShow={showArrivals} />
        <InboxListBody
          data={data}
          view={view}
          cursor={navigation.cursor}
          listRef={listRef}
          selection={selection}
          onViewChange={onViewChange}
        />
      </div>
      <ShortcutSheet opened={navigation.isHelpOpen} onClose={navigation.hideHelp} extraRows={slots.extraShortcuts} />
      {slots.renderTargetActions?.(navigation.target)}
    </div>
  );
}
