import { createContext, type MouseEvent, use } from 'react';

export type CrmRecordKind = 'lead' | 'contact' | 'company';

export interface CrmRecord {
  kind: CrmRecordKind;
  id: number;
}

/**
 * How the app opens things outside itself. Standalone, links are plain links; inside the CRM the frame must not
 * navigate, so the composition root provides functions that ask the host page instead.
 */
export interface CrmNavigation {
  /** The record's page in the CRM, or null when the app does not know the account's address (no link is shown). */
  recordUrl(record: CrmRecord): string | null;
  /** Set inside the CRM: opens the record through the host page instead of following the link. */
  openRecord?: (record: CrmRecord) => void;
  /** Set inside the CRM: opens an outside address (from lead data) through the host page. */
  openUrl?: (url: string) => void;
}

const CrmNavigationContext = createContext<CrmNavigation>({ recordUrl: () => null });

export const CrmNavigationProvider = CrmNavigationContext;

export function useCrmNavigation(): CrmNavigation {
  return use(CrmNavigationContext);
}

/** A click handler for a link to `url` that hands it to the host when there is one; plain clicks otherwise. */
export function useOpenUrlHandler(url: string): ((event: MouseEvent) => void) | undefined {
  const { openUrl } = useCrmNavigation();
  if (!openUrl) return undefined;
  return (event) => {
    event.preventDefault();
    openUrl(url);
  };
}
