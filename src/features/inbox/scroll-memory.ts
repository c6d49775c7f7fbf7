/*
 * Where the manager had scrolled each list to, for the tab's lifetime: the list comes back at the same place
 * after the drawer, another page or Back. Storage can be unavailable (a partitioned iframe); then it forgets.
 */
const PREFIX = 'inbox-scroll:';

export function readScrollOffset(key: string): number {
  try {
    const value = Number(window.sessionStorage.getItem(PREFIX + key));
    return Number.isFinite(value) && value > 0 ? value : 0;
  } catch {
    return 0;
  }
}

export function writeScrollOffset(key: string, offset: number): void {
  try {
    if (offset > 0) window.sessionStorage.setItem(PREFIX + key, String(Math.round(offset)));
    else window.sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to do: the list simply starts at the top next time.
  }
}
