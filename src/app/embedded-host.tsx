import type { MantineColorScheme, MantineColorSchemeManager } from '@mantine/core';
import { createContext, use } from 'react';
import { crmPath } from '@/embed/crm-paths';
import type { CrmNavigation } from '@/lib/crm-navigation';
import type { HostBridge } from './host-bridge';

/** The page the app is embedded in: the bridge when a host answered, null when framed without an allowed host. */
export interface EmbeddedHost {
  bridge: HostBridge | null;
}

const EmbeddedHostContext = createContext<EmbeddedHost | null>(null);

export const EmbeddedHostProvider = EmbeddedHostContext;

/** The embedding host, or null when the app runs on its own. */
export function useEmbeddedHost(): EmbeddedHost | null {
  return use(EmbeddedHostContext);
}

/** Links to CRM records on the host's own origin, opened by the host; outside addresses opened by the host too. */
export function hostNavigation(bridge: HostBridge): CrmNavigation {
  return {
    recordUrl: ({ kind, id }) => `${bridge.hostOrigin}${crmPath(kind, id)}`,
    openRecord: ({ kind, id }) => bridge.post({ type: 'open-in-crm', entity: kind, id }),
    openUrl: (url) => bridge.post({ type: 'open-url', url }),
  };
}

/**
 * The colour scheme lives in memory when embedded: the host decides it, and a choice made for the frame must not
 * leak into the app's own tab through storage.
 */
export function memoryColorSchemeManager(initial: MantineColorScheme): MantineColorSchemeManager {
  let value = initial;
  return {
    get: () => value,
    set: (next) => {
      value = next;
    },
    subscribe: () => {},
    unsubscribe: () => {},
    clear: () => {
      value = initial;
    },
  };
}
