import { useDocumentKeydown } from '@/lib/keyboard';
import { type TriageShortcut, triageShortcutFor } from './triage-shortcuts';

export type TriageKeyHandlers = Partial<Record<TriageShortcut, () => void>>;

/** a, d, l and z on the whole document; a key without a handler is left alone. */
export function useTriageShortcuts(handlers: TriageKeyHandlers): void {
  useDocumentKeydown((event) => {
    const shortcut = triageShortcutFor(event);
    const handler = shortcut === null ? undefined : handlers[shortcut];
    if (!handler) return;
    event.preventDefault();
    handler();
  });
}
