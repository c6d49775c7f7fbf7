import type { Pipeline, Stage } from '@/crm/crm-schemas';
import type { UsersAccess } from '@/crm/user-schemas';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import type { TriageAction, TriageRequest } from '@/triage/triage-action';

/** The stages a lead may be accepted into: its pipeline's regular stages, in the CRM's order. */
export function regularStages(pipelines: readonly Pipeline[] | undefined, pipelineId: number): Stage[] {
  const pipeline = pipelines?.find((each) => each.id === pipelineId);
  return pipeline ? pipeline.stages.filter((stage) => stage.kind === 'regular') : [];
}

/** The remembered stage while it is still one of the regular stages, otherwise the first of them. */
export function chooseStage(stages: readonly Stage[], remembered: number | undefined): number | undefined {
  return stages.find((stage) => stage.id === remembered)?.id ?? stages[0]?.id;
}

export function acceptRequest(lead: IncomingLead, stageId: number | undefined, userId: number | undefined) {
  return { kind: 'accept', lead, stageId, userId } satisfies TriageRequest;
}

/** The request an action was made from, to send it again as a new one. */
export function toRequest(action: TriageAction): TriageRequest {
  switch (action.kind) {
    case 'accept':
      return { kind: 'accept', lead: action.lead, stageId: action.stageId, userId: action.userId };
    case 'decline':
      return { kind: 'decline', lead: action.lead, userId: action.userId, reason: action.reason };
    case 'link':
      return {
        kind: 'link',
        lead: action.lead,
        targetLeadId: action.targetLeadId,
        contactId: action.contactId,
        userId: action.userId,
      };
  }
}

/** Why the Link button is off; the interface words it. */
export type LinkUnavailableReason = 'not-a-chat' | 'checking' | 'not-admin';

export type LinkAvailability = { canLink: true } | { canLink: false; reason: LinkUnavailableReason };

/**
 * amoCRM links chats only, and only for administrators. A manager cannot read the users list at all, which
 * says as much: `denied` means "not an administrator".
 */
export function linkAvailability(
  lead: IncomingLead,
  access: UsersAccess | undefined,
  currentUserId: number | undefined,
): LinkAvailability {
  if (lead.category !== 'chats') return { canLink: false, reason: 'not-a-chat' };
  if (access === undefined || currentUserId === undefined) {
    return { canLink: false, reason: 'checking' };
  }
  const isAdmin = access.access === 'granted' && access.users.some((user) => user.id === currentUserId && user.isAdmin);
  return isAdmin ? { canLink: true } : { canLink: false, reason: 'not-admin' };
}
