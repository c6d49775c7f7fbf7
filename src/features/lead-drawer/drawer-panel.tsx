import { Paper } from '@mantine/core';
import { type ReactNode, useEffect, useEffectEvent, useRef } from 'react';

interface DrawerPanelProps {
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
}

function isTypingField(element: Element): boolean {
  return element.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

/**
 * Escape closes the drawer from anywhere on the page, except where something else owns it: a modal opened above
 * the drawer (a triage confirmation), an open dropdown, or a field outside the drawer such as the list's search.
 * Read in the capture phase, like Mantine's own overlays, before a dropdown closes and drops its marker.
 */
function isEscapeForDrawer(event: KeyboardEvent, panel: HTMLElement | null): boolean {
  if (event.key !== 'Escape' || event.isComposing) return false;
  if (document.querySelector('[aria-modal="true"]')) return false;
  const target = event.target instanceof Element ? event.target : null;
  if (target === null) return true;
  if (target.closest('[data-mantine-stop-propagation="true"]')) return false;
  return !(isTypingField(target) && !panel?.contains(target));
}

/**
 * A non-modal dialog docked to the right: the list beside it stays visible and usable, so there is no overlay,
 * no focus trap and no scroll lock. Focus moves into it when it opens and back to the opener when it closes.
 */
export function DrawerPanel({ labelledBy, onClose, children }: DrawerPanelProps) {
  const panelRef = useRef<HTMLElement>(null);
  const close = useEffectEvent(onClose);

  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (isEscapeForDrawer(event, panelRef.current)) close();
    };
    window.addEventListener('keydown', handleKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', handleKeyDown, { capture: true });
  }, []);

  useEffect(() => {
    const panel = panelRef.current;
    const opener = document.activeElement;
    panel?.focus({ preventScroll: true });
    return () => {
      const active = document.activeElement;
      const isFocusLost = active === null || active === document.body || panel?.contains(active);
      if (isFocusLost && opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  return (
    <Paper
      ref={panelRef}
      component="section"
      role="dialog"
      aria-labelledby={labelledBy}
      tabIndex={-1}
      shadow="xl"
      radius={0}
      withBorder
      style={{
        position: 'fixed',
        top: 'var(--app-shell-header-height, 0px)',
        right: 0,
        bottom: 0,
        zIndex: 150,
        width: 'min(440px, 100vw)',
        display: 'flex',
        flexDirection: 'column',
        outline: 'none',
      }}
    >
      {children}
    </Paper>
  );
}
