import { type RefObject, useState } from 'react';
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

interface NavigationOptions {
  rows: readonly InboxRow[];
  openUid: string | undefined;
  onOpenLead: (uid: string, options?: { replace?: boolean }) => void;
  onCloseLead: () => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

/**
 * The cursor, the drawer's previous/next and the keyboard. Moving the drawer replaces the history entry, so
 * Back closes the drawer instead of stepping through every lead seen.
 */
export function useInboxNavigation({ rows, openUid, onOpenLead, onCloseLead, searchRef }: NavigationOptions) {
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
  const move = (step: 1 | -1) => {
    const uid = cursor.neighbour(step);
    if (uid !== undefined) cursor.moveTo(uid);
  };
  const openActive = () => {
    const uid = cursor.activeUid ?? rows[0]?.lead.uid;
    if (uid !== undefined) onOpenLead(uid);
  };
  const help = () => setHelpOpen(true);
  const listKeys: ShortcutHandlers = {
    next: () => move(1),
    previous: () => move(-1),
    down: () => move(1),
    up: () => move(-1),
    open: openActive,
    search: () => searchRef.current?.focus(),
    help,
  };
  const drawerKeys: ShortcutHandlers = { next: drawer.onNext, previous: drawer.onPrevious, help };
  useInboxShortcuts(isHelpOpen ? {} : openUid === undefined ? listKeys : drawerKeys);
  return { cursor, drawer, isHelpOpen, showHelp: help, hideHelp: () => setHelpOpen(false) };
}
