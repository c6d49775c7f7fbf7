import { useQuery } from '@tanstack/react-query';
import { crmQueries } from '@/crm/crm-queries';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useApiClient } from '@/lib/api-client-context';
import { acceptRequest, chooseStage, linkAvailability, regularStages } from './triage-requests';
import { readRememberedStage } from './use-remembered-stage';

/**
 * What every triage control looks up: pipelines and their stages, who the current user is, the users. Idle
 * controls (no lead under the cursor, nothing selected) pass `isNeeded: false`, so opening the inbox does not
 * spend the rate limit on them before its counts; until the account is known, amoCRM makes the current user
 * responsible on its own.
 */
export function useTriageReference(isNeeded = true) {
  const api = useApiClient();
  const pipelines = useQuery(crmQueries.pipelines(api)).data;
  const currentUserId = useQuery({ ...crmQueries.account(api), enabled: isNeeded }).data?.currentUserId;
  const access = useQuery({ ...crmQueries.users(api), enabled: isNeeded }).data;
  const stagesOf = (pipelineId: number) => regularStages(pipelines, pipelineId);
  return {
    pipelines,
    currentUserId,
    /** Active users to pick the responsible one from; `undefined` when the current user may not read them. */
    users: access?.access === 'granted' ? access.users.filter((user) => user.isActive) : undefined,
    stagesOf,
    linkAvailability: (lead: IncomingLead) => linkAvailability(lead, access, currentUserId),
    /** Accept with no questions asked: the remembered (or first) stage, the current user responsible. */
    defaultAccept: (lead: IncomingLead) => {
      const stageId = chooseStage(stagesOf(lead.pipelineId), readRememberedStage(lead.pipelineId));
      return acceptRequest(lead, stageId, currentUserId);
    },
  };
}

export type TriageReference = ReturnType<typeof useTriageReference>;
