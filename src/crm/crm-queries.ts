import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/http';
import { fetchCompanyById } from './companies-api';
import { fetchContactsByIds, searchContacts } from './contacts-api';
import { fetchAccount, fetchUsers } from './crm-api';
import { fetchLeadsByIds, searchLeads } from './crm-leads-api';
import { fetchPipelines } from './pipelines-api';

/** Pipelines, the account and users change rarely; they stay fresh for ten minutes. */
const REFERENCE_STALE_TIME = 10 * 60_000;
const RECORD_STALE_TIME = 30_000;

function idKey(ids: readonly number[]): number[] {
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** Query keys and options for the CRM data a triage screen looks up. The API client never goes into a key. */
export const crmQueries = {
  all: () => ['crm'] as const,
  pipelines: (api: ApiClient) =>
    queryOptions({
      queryKey: [...crmQueries.all(), 'pipelines'] as const,
      queryFn: ({ signal }) => fetchPipelines(api, signal),
      staleTime: REFERENCE_STALE_TIME,
    }),
  account: (api: ApiClient) =>
    queryOptions({
      queryKey: [...crmQueries.all(), 'account'] as const,
      queryFn: ({ signal }) => fetchAccount(api, signal),
      staleTime: REFERENCE_STALE_TIME,
    }),
  users: (api: ApiClient) =>
    queryOptions({
      queryKey: [...crmQueries.all(), 'users'] as const,
      queryFn: ({ signal }) => fetchUsers(api, signal),
      staleTime: REFERENCE_STALE_TIME,
    }),
  leads: () => [...crmQueries.all(), 'leads'] as const,
  leadsByIds: (api: ApiClient, ids: readonly number[]) => {
    const key = idKey(ids);
    return queryOptions({
      queryKey: [...crmQueries.leads(), 'by-ids', key] as const,
      queryFn: ({ signal }) => fetchLeadsByIds(api, key, signal),
      staleTime: RECORD_STALE_TIME,
      enabled: key.length > 0,
    });
  },
  leadSearch: (api: ApiClient, query: string) => {
    const text = query.trim();
    return queryOptions({
      queryKey: [...crmQueries.leads(), 'search', text] as const,
      queryFn: ({ signal }) => searchLeads(api, text, signal),
      staleTime: RECORD_STALE_TIME,
      enabled: text !== '',
    });
  },
  contacts: () => [...crmQueries.all(), 'contacts'] as const,
  contactsByIds: (api: ApiClient, ids: readonly number[]) => {
    const key = idKey(ids);
    return queryOptions({
      queryKey: [...crmQueries.contacts(), 'by-ids', key] as const,
      queryFn: ({ signal }) => fetchContactsByIds(api, key, signal),
      staleTime: RECORD_STALE_TIME,
      enabled: key.length > 0,
    });
  },
  contactSearch: (api: ApiClient, query: string) => {
    const text = query.trim();
    return queryOptions({
      queryKey: [...crmQueries.contacts(), 'search', text] as const,
      queryFn: ({ signal }) => searchContacts(api, text, signal),
      staleTime: RECORD_STALE_TIME,
      enabled: text !== '',
    });
  },
  companies: () => [...crmQueries.all(), 'companies'] as const,
  companyById: (api: ApiClient, id: number | null) =>
    queryOptions({
      queryKey: [...crmQueries.companies(), 'by-id', id] as const,
      queryFn: ({ signal }) => (id === null ? null : fetchCompanyById(api, id, signal)),
      staleTime: RECORD_STALE_TIME,
      enabled: id !== null,
    }),
};
