import { useQuery, useQueryClient } from '@tanstack/react-query';
import { findCachedIncomingLead } from '@/incoming-leads/cached-incoming-leads';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { useApiClient } from '@/lib/api-client-context';

/**
 * The incoming lead by uid. The copy the inbox list already holds is shown at once as placeholder, never stored
 * as the detail: the detail request still runs and says whether the lead is still waiting (`null` when not).
 */
export function useIncomingLead(uid: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useQuery({
    ...incomingLeadQueries.detail(api, uid),
    placeholderData: () => findCachedIncomingLead(queryClient, uid),
  });
}
