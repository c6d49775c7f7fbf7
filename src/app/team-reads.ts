import { INCOMING_LEADS_PATH } from '@/incoming-leads/incoming-leads-api';
import { isApiError } from '@/lib/api-error';
import type { ApiClient } from '@/lib/http';

/** The team server's copy of the list answers under this prefix; nginx alone (or a static host) has none. */
function isMissing(error: unknown): boolean {
  return isApiError(error) && ((error.kind === 'http' && error.status === 404) || error.kind === 'invalid-response');
}

/**
 * Reads of amoCRM's incoming-leads list go to the team server's copy (`team`), which answers the same query with
 * the same body from the waiting set it keeps for everyone, without spending the account's budget. Where no team
 * server answers (a 404, or an HTML page from a static host) the reads go to amoCRM through `api` from then on.
 */
export function withTeamReads(api: ApiClient, team: ApiClient): ApiClient {
  let hasTeam = true;
  return {
    async get(path, options) {
      if (!hasTeam || path !== INCOMING_LEADS_PATH) return api.get(path, options);
      try {
        return await team.get(path, options);
      } catch (error) {
        if (!isMissing(error)) throw error;
        hasTeam = false;
        return api.get(path, options);
      }
    },
    post: (path, body, options) => api.post(path, body, options),
    delete: (path, body, options) => api.delete(path, body, options),
  };
}
