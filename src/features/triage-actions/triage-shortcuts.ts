import type { Locale } from '@/lib/i18n';
import { isModalOpen, isTypingTarget } from '@/lib/keyboard';
import { messages } from './triage-actions-messages';

export type TriageShortcut = 'accept' | 'decline' | 'link' | 'undo';

/** Rows for the inbox's shortcut sheet; x and Shift+x are the inbox's own. */
export function triageShortcutRows(locale: Locale): { keys: string[]; action: string }[] {
  const { shortcuts } = messages[locale];
  return [
    { keys: ['A'], action: shortcuts.accept },
    { keys: ['D'], action: shortcuts.decline },
    { keys: ['L'], action: shortcuts.link },
    { keys: ['Z'], action: shortcuts.undo },
  ];
}

/** Physical keys (`event.code`), so a Russian layout triages the same way. */
const BY_CODE: Record<string, TriageShortcut> = { KeyA: 'accept', KeyD: 'decline', KeyL: 'link', KeyZ: 'undo' };

export type TriageKeyEvent = Pick<
  KeyboardEvent,
  'code' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing' | 'target' | 'defaultPrevented'
>;

/**
 * The triage action a key press asks for, or null: never while typing, with a modifier, or while a modal (a
 * confirmation, the link search, the cheat sheet) is open above the inbox.
 */
export function triageShortcutFor(event: TriageKeyEvent): TriageShortcut | null {
  if (event.defaultPrevented || event.isComposing) return null;
  if (event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  if (isModalOpen()) return null;
  return BY_CODE[event.code] ?? null;
}
