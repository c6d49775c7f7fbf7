import { ActionIcon, Group, Title } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { type ReactNode, useRef } from 'react';
import classes from './inbox.module.css';
import { InboxFilterBar } from './inbox-filter-bar';
import { InboxListBody } from './inbox-list-body';
import type { InboxView } from './inbox-view';
import type { LeadListHandle } from './lead-list';
import listClasses from './lead-list.module.css';
import { NewArrivalsBar } from './new-arrivals-bar';
import { OfflineBanner } from './offline-banner';
import { ShortcutSheet } from './shortcut-sheet';
import { useInboxData } from './use-inbox-data';
import { type LeadDrawerSlot, useInboxNavigation } from './use-inbox-navigation';
import { useTabTitle } from './use-tab-title';

interface InboxProps {
  view: InboxView;
  openUid: string | undefined;
  onViewChange: (change: Partial<InboxView>, options?: { replace?: boolean }) => void;
  onOpenLead: (uid: string, options?: { replace?: boolean }) => void;
  onCloseLead: () => void;
  /** The route renders the lead drawer here; the inbox never imports it. */
  renderDrawer: (drawer: LeadDrawerSlot) => ReactNode;
}

export function Inbox({ view, openUid, onViewChange, onOpenLead, onCloseLead, renderDrawer }: InboxProps) {
  const data = useInboxData(view);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<LeadListHandle>(null);
  const navigation = useInboxNavigation({ rows: data.visibleRows, openUid, onOpenLead, onCloseLead, searchRef });
  useTabTitle(data.waiting.total);
  const showArrivals = () => {
    listRef.current?.scrollToTop();
    void data.reload();
  };
  return (
    <div className={classes.inbox} data-drawer-open={openUid === undefined ? undefined : ''}>
      <OfflineBanner />
      <Group justify="space-between">
        <Title order={1} size="h3">
          Inbox
        </Title>
        <ActionIcon variant="subtle" color="gray" aria-label="Keyboard shortcuts" onClick={navigation.showHelp}>
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
      <div className={listClasses.listArea}>
        <NewArrivalsBar count={data.waiting.arrivals.length} isLoading={data.list.isRefetching} onShow={showArrivals} />
        <InboxListBody
          data={data}
          view={view}
          cursor={navigation.cursor}
          listRef={listRef}
          onViewChange={onViewChange}
        />
      </div>
      <ShortcutSheet opened={navigation.isHelpOpen} onClose={navigation.hideHelp} />
      {renderDrawer(navigation.drawer)}
    </div>
  );
}
