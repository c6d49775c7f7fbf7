import { type RefObject, useEffect, useRef, useState } from 'react';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import type { PendingOverlay } from '@/triage/pending-overlay';
import type { InboxRow } from './inbox-rows';
import { leadAfter, leadBeside } from './lead-order';
import { useOpenLead } from './open-lead';
import { type ShortcutHandlers, useInboxShortcuts } from './use-inbox-shortcuts';
import { useLeadCursor } from './use-lead-cursor';

interface NavigationOptions {
  /** The rows on screen. */
  rows: readonly InboxRow[];
  /** The same rows with the leads on their way out still in, in amoCRM's order. */
  orderRows: readonly InboxRow[];
  overlay: PendingOverlay;
  openUid: string | undefined;
  onToggleSelected: (uid: string, isRange: boolean) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

/**
 * When the lead in front of the manager leaves the inbox because of an action taken here (a key, the drawer's
 * buttons, a bulk run, another tab), the lead that followed it takes its place: the drawer opens it, or the cursor
 * moves to it. Nothing has to report back that it acted.
 */
function useFollowOnAction(
  { orderRows, overlay, openUid }: NavigationOptions,
  activeUid: string | undefined,
  moveCursor: (uid: string) => void,
) {
  const openLead = useOpenLead();
  const seen = useRef(overlay);
  useEffect(() => {
    const before = seen.current;
    seen.current = overlay;
    if (activeUid === undefined || before.hidden.has(activeUid) || !overlay.hidden.has(activeUid)) return;
    const following = leadAfter(orderRows, activeUid, (uid) => overlay.hidden.has(uid));
    if (openUid !== undefined) openLead(following, { replace: true });
    else if (following !== undefined) moveCursor(following);
  });
}

/**
 * The cursor, the keys and what follows an action. Moving the drawer replaces the history entry, so Back closes
 * the drawer instead of stepping through every lead seen. "Which lead is next" is `lead-order`'s, from the rows.
 */
export function useInboxNavigation(options: NavigationOptions) {
  const { rows, openUid } = options;
  const cursor = useLeadCursor(rows, openUid);
  const openLead = useOpenLead();
  const [isHelpOpen, setHelpOpen] = useState(false);
  useFollowOnAction(options, cursor.activeUid, cursor.moveTo);
  /** The lead actions apply to: the cursor's row while no drawer is open (the drawer has its own). */
  const target: IncomingLead | undefined = openUid === undefined ? rows[cursor.index]?.lead : undefined;
  const move = (direction: 1 | -1) => {
    const uid = leadBeside(rows, cursor.activeUid, direction);
    if (uid !== undefined) cursor.moveTo(uid);
  };
  const step = (direction: 1 | -1) => {
    const uid = leadBeside(rows, cursor.activeUid, direction);
    return uid === undefined ? undefined : () => openLead(uid, { replace: true });
  };
  const openActive = () => {
    const uid = cursor.activeUid ?? rows[0]?.lead.uid;
    if (uid !== undefined) openLead(uid);
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
    next: step(1),
    previous: step(-1),
    select: select(false),
    'select-range': select(true),
    help,
  };
  useInboxShortcuts(isHelpOpen ? {} : openUid === undefined ? listKeys : drawerKeys);
  return { cursor, target, isHelpOpen, showHelp: help, hideHelp: () => setHelpOpen(false) };
}
