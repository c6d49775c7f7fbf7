import { useQuery } from '@tanstack/react-query';
import { crmQueries } from '@/crm/crm-queries';
import { useApiClient } from '@/lib/api-client-context';

/** The contact that came with the incoming lead; `null` data when amoCRM no longer has it. */
export function useLeadContact(contactId: number | null) {
  const api = useApiClient();
  return useQuery({
    ...crmQueries.contactsByIds(api, contactId === null ? [] : [contactId]),
    select: (contacts) => contacts[0] ?? null,
  });
}
