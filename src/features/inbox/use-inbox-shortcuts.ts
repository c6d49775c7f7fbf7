import { isModalOpen, useDocumentKeydown } from '@/lib/keyboard';
import { type InboxShortcut, isActivationKeyOnControl, shortcutFor } from './inbox-shortcuts';

export type ShortcutHandlers = Partial<Record<InboxShortcut, () => void>>;

/**
 * Listens to the whole document, because the list, the drawer and the page around them all take the keys. A
 * missing handler lets the key do its usual thing.
 */
export function useInboxShortcuts(handlers: ShortcutHandlers): void {
  useDocumentKeydown((event) => {
    // A modal above the inbox (a confirmation, the cheat sheet) owns the keyboard while it is open.
    if (event.defaultPrevented || isModalOpen()) return;
    const shortcut = shortcutFor(event);
    if (shortcut === null || isActivationKeyOnControl(event)) return;
    const handler = handlers[shortcut];
    if (!handler) return;
    event.preventDefault();
    handler();
  });
}
