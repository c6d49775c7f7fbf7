import { useEffect, useEffectEvent } from 'react';
import { type InboxShortcut, isActivationKeyOnControl, shortcutFor } from './inbox-shortcuts';

export type ShortcutHandlers = Partial<Record<InboxShortcut, () => void>>;

/**
 * Listens to the whole document, because the list, the drawer and the page around them all take the keys. The
 * handlers of the latest render answer each key press; a missing handler lets the key do its usual thing.
 */
export function useInboxShortcuts(handlers: ShortcutHandlers): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    // A modal above the inbox (a confirmation, the cheat sheet) owns the keyboard while it is open.
    if (event.defaultPrevented || document.querySelector('[aria-modal="true"]')) return;
    const shortcut = shortcutFor(event);
    if (shortcut === null || isActivationKeyOnControl(event)) return;
    const handler = handlers[shortcut];
    if (!handler) return;
    event.preventDefault();
    handler();
  });
  useEffect(() => {
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
