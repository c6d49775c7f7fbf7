import { Box } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { departureQueries } from '@/incoming-leads/change-feed-cache';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useMessages } from '@/lib/i18n';
import { DrawerPanel } from './drawer-panel';
import { LeadDrawerContent } from './lead-drawer-content';
import { LeadDrawerHeader } from './lead-drawer-header';
import { messages } from './lead-drawer-messages';
import { useIncomingLead } from './use-incoming-lead';

export interface LeadDrawerProps {
  /** The incoming lead to show; `undefined` closes the drawer. */
  uid: string | undefined;
  onClose: () => void;
  /** `undefined` disables the Previous button. */
  onPrevious?: () => void;
  /** `undefined` disables the Next button. */
  onNext?: () => void;
  /** Where the lead sits in the list; `index` is 0-based. */
  position?: { index: number; total: number };
  /** Triage actions (accept, decline, link) for the lead shown, in the footer once it has loaded. */
  actions?: (lead: IncomingLead) => ReactNode;
  /** Opens another incoming lead of the same person; without it they are listed as text. */
  onOpenLead?: (uid: string) => void;
}

type OpenLeadDrawerProps = LeadDrawerProps & { uid: string };

function OpenLeadDrawer({ uid, onClose, onPrevious, onNext, position, actions, onOpenLead }: OpenLeadDrawerProps) {
  const titleId = useId();
  const query = useIncomingLead(uid);
  const departure = useQuery(departureQueries.one(uid)).data;
  const m = useMessages(messages);
  return (
    <DrawerPanel labelledBy={titleId} onClose={onClose}>
      <LeadDrawerHeader
        titleId={titleId}
        lead={query.data}
        onClose={onClose}
        onPrevious={onPrevious}
        onNext={onNext}
        position={position}
      />
      {/* Focusable so that keyboard users can scroll a long lead with the arrow keys. */}
      <Box
        p="md"
        tabIndex={0}
        role="region"
        aria-label={m.incomingLead}
        style={{ flex: 1, minHeight: 0, overflowY: 'auto', overscrollBehavior: 'contain' }}
      >
        <LeadDrawerContent query={query} departure={departure} onOpenLead={onOpenLead} />
      </Box>
      {query.data && actions && (
        <Box p="md" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          {actions(query.data)}
        </Box>
      )}
    </DrawerPanel>
  );
}

/** The incoming lead beside the inbox list: everything it carries, who it is, and where else that person is. */
export function LeadDrawer(props: LeadDrawerProps) {
  if (props.uid === undefined) return null;
  return <OpenLeadDrawer {...props} uid={props.uid} />;
}
