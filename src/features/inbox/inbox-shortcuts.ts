import { isTypingTarget } from '@/lib/keyboard';
import type { InboxMessages } from './inbox-messages';

/** j/k and the arrows are apart: with the drawer open, j/k step through leads and the arrows scroll as usual. */
export type InboxShortcut =
  | 'next'
  | 'previous'
  | 'down'
  | 'up'
  | 'open'
  | 'search'
  | 'help'
  | 'select'
  | 'select-range';

/**
 * The keys, bound by physical position (`event.code`), so they work on a Russian or any other layout. Esc is the
 * drawer's own: it closes itself, and focus comes back to the lead's row.
 */
export interface ShortcutRow {
  keys: string[];
  action: string;
}

/** The sheet's rows in the interface language; key caps are printed as on the keyboard. */
export function inboxShortcutRows({ shortcuts }: InboxMessages): ShortcutRow[] {
  return [
    { keys: ['J', '↓'], action: shortcuts.next },
    { keys: ['K', '↑'], action: shortcuts.previous },
    { keys: ['Enter', 'O'], action: shortcuts.open },
    { keys: ['Esc'], action: shortcuts.close },
    { keys: ['J', 'K'], action: shortcuts.stepWithDrawer },
    { keys: ['X'], action: shortcuts.select },
    { keys: ['Shift', 'X'], action: shortcuts.selectRange },
    { keys: ['/'], action: shortcuts.search },
    { keys: ['?'], action: shortcuts.help },
  ];
}

const BY_CODE: Record<string, InboxShortcut> = {
  KeyJ: 'next',
  ArrowDown: 'down',
  KeyK: 'previous',
  ArrowUp: 'up',
  KeyO: 'open',
  Enter: 'open',
  NumpadEnter: 'open',
  Slash: 'search',
  KeyX: 'select',
};

export type ShortcutEvent = Pick<
  KeyboardEvent,
  'code' | 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing' | 'target'
>;

/** Enter on a link or a button already does what that control says; the list cursor must not take it. */
export function isActivationKeyOnControl(event: ShortcutEvent): boolean {
  const isEnter = event.code === 'Enter' || event.code === 'NumpadEnter';
  return (
    isEnter && event.target instanceof Element && event.target.closest('a[href], button, [role="button"]') !== null
  );
}

/** The shortcut a key press means, or null: never while typing, never with Ctrl, Cmd or Alt. */
export function shortcutFor(event: ShortcutEvent): InboxShortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  if (isTypingTarget(event.target)) return null;
  // "?" is Shift+Slash on the physical key; the typed "?" also counts, for layouts that put it elsewhere.
  if (event.shiftKey) {
    if (event.code === 'Slash' || event.key === '?') return 'help';
    return event.code === 'KeyX' ? 'select-range' : null;
  }
  return BY_CODE[event.code] ?? null;
}
