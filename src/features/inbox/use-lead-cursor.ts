import { useState } from 'react';
import type { InboxRow } from './inbox-rows';

/**
 * The keyboard cursor: the open lead while the drawer shows one, otherwise the row the manager last moved to.
 * When the drawer closes, by any means, the cursor stays on the lead it showed and focus goes back to its row.
 */
export function useLeadCursor(rows: readonly InboxRow[], openUid: string | undefined) {
  const [cursorUid, setCursorUid] = useState<string | undefined>(openUid);
  const [focusRequest, setFocusRequest] = useState<{ uid: string } | null>(null);
  const [shownUid, setShownUid] = useState(openUid);
  if (openUid !== shownUid) {
    setShownUid(openUid);
    if (openUid === undefined && shownUid !== undefined) {
      setCursorUid(shownUid);
      setFocusRequest({ uid: shownUid });
    }
  }
  const activeUid = openUid ?? cursorUid;
  const index = activeUid === undefined ? -1 : rows.findIndex((row) => row.lead.uid === activeUid);

  const moveTo = (uid: string) => {
    setCursorUid(uid);
    setFocusRequest({ uid });
  };

  return { activeUid, index, moveTo, setCursorUid, focusRequest };
}
