import { useQueries, useQueryClient } from '@tanstack/react-query';
import { crmQueries } from '@/crm/crm-queries';
import { contactKeys, mergeKeys, type PersonKeys, searchTerms } from '@/crm/person-keys';
import { cachedIncomingLeads } from '@/incoming-leads/cached-incoming-leads';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useApiClient } from '@/lib/api-client-context';
import { usePendingOverlay } from '@/triage/outbox-context';
import { withoutHidden } from '@/triage/pending-overlay';
import { metadataKeys } from './same-person';
import { findSamePerson, type SamePersonMatches } from './same-person-matches';
import { useLeadContact } from './use-lead-contact';

export interface SamePerson {
  keys: PersonKeys;
  isPending: boolean;
  error: Error | null;
  retry: () => void;
  matches: SamePersonMatches;
}

/**
 * Looks for the person behind an incoming lead elsewhere: contacts found by amoCRM's search for each phone and
 * e-mail, and incoming leads the inbox has loaded. The contact's phones join the search once it is loaded.
 */
export function useSamePerson(lead: IncomingLead): SamePerson {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const overlay = usePendingOverlay();
  const contact = useLeadContact(lead.contactId);
  const keys = contact.data ? mergeKeys(metadataKeys(lead), contactKeys(contact.data)) : metadataKeys(lead);
  const searches = useQueries({ queries: searchTerms(keys).map((term) => crmQueries.contactSearch(api, term)) });
  const failed = searches.filter((search) => search.isError);
  return {
    keys,
    isPending: (lead.contactId !== null && contact.isPending) || searches.some((search) => search.isPending),
    error: failed[0]?.error ?? null,
    retry: () => {
      for (const search of failed) void search.refetch();
    },
    matches: findSamePerson({
      lead,
      keys,
      // Leads with an action pending are on their way out of incoming leads.
      incomingLeads: withoutHidden(cachedIncomingLeads(queryClient), overlay),
      foundContacts: searches.flatMap((search) => search.data ?? []),
    }),
  };
}
