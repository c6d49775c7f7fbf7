import { type RefObject, useState } from 'react';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import type { InboxRow } from './inbox-rows';
import { type ShortcutHandlers, useInboxShortcuts } from './use-inbox-shortcuts';
import { useLeadCursor } from './use-lead-cursor';

/** What the drawer needs from the list: which lead, and how to move through the rows without closing. */
export interface LeadDrawerSlot {
  uid: string | undefined;
  onClose: () => void;
  onPrevious?: () => void;
  onNext?: () => void;
  position?: { index: number; total: number };
}

/** The lead actions apply to: the open one, or the cursor's row while no drawer is open. */
export interface ActionTarget {
  /** `undefined` when the lead is not among the loaded rows (a shared link to it, say). */
  lead: IncomingLead | undefined;
  uid: string | undefined;
  isDrawerOpen: boolean;
  /** Call once the lead is acted on: the next lead takes its place (the previous one at the end of the list). */
  onActed: () => void;
}

interface NavigationOptions {
  rows: readonly InboxRow[];
  openUid: string | undefined;
  onOpenLead: (uid: string, options?: { replace?: boolean }) => void;
  onCloseLead: () => void;
  onToggleSelected: (uid: string, isRange: boolean) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

/**
 * The cursor, the drawer's previous/next and the keyboard. Moving the drawer replaces the history entry, so
 * Back closes the drawer instead of stepping through every lead seen.
 */
export function useInboxNavigation({ rows, openUid, onOpenLead, onCloseLead, ...options }: NavigationOptions) {
  const cursor = useLeadCursor(rows, openUid);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const stepTo = (step: 1 | -1) => {
    const uid = cursor.neighbour(step);
    return uid === undefined ? undefined : () => onOpenLead(uid, { replace: true });
  };
  const drawer: LeadDrawerSlot = {
    uid: openUid,
    onClose: onCloseLead,
    onPrevious: stepTo(-1),
    onNext: stepTo(1),
    position: cursor.index >= 0 ? { index: cursor.index, total: rows.length } : undefined,
  };
  // Worked out from the rows as they are now, before the acted-on lead leaves them.
  const followingUid = cursor.neighbour(1) ?? cursor.neighbour(-1);
  const target: ActionTarget = {
    lead: rows[cursor.index]?.lead,
    uid: cursor.activeUid,
    isDrawerOpen: openUid !== undefined,
    onActed: () => {
      if (openUid === undefined) {
        if (followingUid !== undefined) cursor.moveTo(followingUid);
      } else if (followingUid === undefined) onCloseLead();
      else onOpenLead(followingUid, { replace: true });
    },
  };
  const move = (step: 1 | -1) => {
    const uid = cursor.neighbour(step);
    if (uid !== undefined) cursor.moveTo(uid);
  };
  const openActive = () => {
    const uid = cursor.activeUid ?? rows[0]?.lead.uid;
    if (uid !== undefined) onOpenLead(uid);
  };
  const select = (isRange: boolean) => () => {
    if (cursor.activeUid !== undefined) options.onToggleSelected(cursor.activeUid, isRange);
  };
  const help = () => setHelpOpen(true);
  const listKeys: ShortcutHandlers = {
    next: () => move(1),
    previous: () => move(-1),
    down: () => move(1),
    up: () => move(-1),
    open: openActive,
    search: () => options.searchRef.current?.focus(),
    select: select(false),
    'select-range': select(true),
    help,
  };
  const drawerKeys: ShortcutHandlers = {
    next: drawer.onNext,
    previous: drawer.onPrevious,
    select: select(false),
    'select-range': select(true),
    help,
  };
  useInboxShortcuts(isHelpOpen ? {} : openUid === undefined ? listKeys : drawerKeys);
  return { cursor, drawer, target, isHelpOpen, showHelp: help, hideHelp: () => setHelpOpen(false) };
}
