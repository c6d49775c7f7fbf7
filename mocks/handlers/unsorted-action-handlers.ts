import type { HttpHandler } from 'msw';
import { type Db, findPipeline, findUser, regularStages } from '../account/db';
import type { IncomingLeadRecord } from '../account/records';
import { allows, incomingOwner } from '../account/rights';
import { acceptIncoming, declineIncoming, linkIncoming } from '../account/triage';
import { nowSeconds } from '../emulator-state';
import { hal, noContent, stub } from '../wire/hal';
import { readLinkBody } from '../wire/link-body';
import { forbidden, problem, validationProblem } from '../wire/problems';
import { incomingStubs } from '../wire/serializers';
import { expectInt, expectObject, Issues, readJson, rejectUnknownKeys } from '../wire/validation';
import type { RouteContext, Routes } from './gate';

/** The incoming lead an action targets, or the answer amoCRM gives when it cannot be acted on. */
function actionable({ state, params }: RouteContext): IncomingLeadRecord | Response {
  const record = state.db.incoming.get(params.uid ?? '');
  if (!record) return problem(404, 'Incoming lead not found');
  if (record.state === 'pending') return record;
  const answer = state.quirks.alreadyProcessed;
  if (answer === 204) return noContent();
  return answer === 404
    ? problem(404, 'Incoming lead not found')
    : problem(400, 'Incoming lead has already been sorted');
}

function readUserId(db: Db, body: Record<string, unknown>, issues: Issues): number | null {
  if (body.user_id === undefined) return null;
  if (!expectInt(issues, body.user_id, 'user_id')) return null;
  if (!findUser(db, body.user_id)) issues.add('NotSupportedChoice', 'user_id');
  return body.user_id;
}

interface AcceptBody {
  statusId: number;
  userId: number | null;
}

/** Accepted leads go to a regular stage of their own pipeline, not incoming or closed (amocrm-api-facts.md §8.17). */
function readAcceptBody(db: Db, record: IncomingLeadRecord, raw: unknown): AcceptBody | Response {
  const issues = new Issues();
  const body = raw === undefined ? {} : raw;
  if (!expectObject(issues, body, '')) return validationProblem([{ request_id: '0', errors: issues.list }]);
  rejectUnknownKeys(issues, body, ['user_id', 'status_id'], '');
  const userId = readUserId(db, body, issues);
  const pipeline = findPipeline(db, record.pipeline_id);
  const stages = pipeline ? regularStages(pipeline) : [];
  let statusId = stages[0]?.id ?? 0;
  if (body.status_id !== undefined && expectInt(issues, body.status_id, 'status_id')) {
    if (stages.some((s) => s.id === body.status_id)) statusId = body.status_id;
    else issues.add('NotSupportedChoice', 'status_id');
  }
  if (!issues.isEmpty) return validationProblem([{ request_id: '0', errors: issues.list }]);
  return { statusId, userId };
}

async function acceptIncomingLead(context: RouteContext): Promise<Response> {
  const { state, user, request, origin } = context;
  const record = actionable(context);
  if (record instanceof Response) return record;
  if (!allows(state.db, user, 'edit', incomingOwner(state.db, record.lead_id)))
    return forbidden('Insufficient rights to accept');
  const parsed = await readJson(request);
  if (parsed instanceof Response) return parsed;
  const body = readAcceptBody(state.db, record, parsed.body);
  if (body instanceof Response) return body;
  acceptIncoming(state.db, record, body.statusId, body.userId, { at: nowSeconds(state), actingUserId: user.id });
  const { uid, pipeline_id, category, created_at } = record;
  return hal({ uid, pipeline_id, category, created_at, _embedded: incomingStubs(origin, record) });
}

async function declineIncomingLead(context: RouteContext): Promise<Response> {
  const { state, user, request, origin } = context;
  const record = actionable(context);
  if (record instanceof Response) return record;
  if (!allows(state.db, user, 'delete', incomingOwner(state.db, record.lead_id)))
    return forbidden('Insufficient rights to decline');
  const parsed = await readJson(request);
  if (parsed instanceof Response) return parsed;
  const issues = new Issues();
  const body = parsed.body === undefined ? {} : parsed.body;
  let declinedBy: number | null = null;
  if (expectObject(issues, body, '')) {
    rejectUnknownKeys(issues, body, ['user_id'], '');
    declinedBy = readUserId(state.db, body, issues);
  }
  if (!issues.isEmpty) return validationProblem([{ request_id: '0', errors: issues.list }]);
  declineIncoming(state.db, record, { at: nowSeconds(state), actingUserId: declinedBy ?? user.id });
  const { contacts, leads } = incomingStubs(origin, record);
  const { uid, pipeline_id, category, created_at } = record;
  return hal({ uid, pipeline_id, category, created_at, _embedded: { leads, contacts } });
}

async function linkIncomingLead(context: RouteContext): Promise<Response> {
  const { state, user, request, origin } = context;
  if (!user.rights.is_admin) return forbidden('Linking incoming leads is available to administrators only');
  const record = actionable(context);
  if (record instanceof Response) return record;
  if (record.category !== 'chats') return problem(400, 'Only incoming leads of the chats category can be linked');
  const parsed = await readJson(request);
  if (parsed instanceof Response) return parsed;
  const body = readLinkBody(state.db, parsed.body);
  if (body instanceof Response) return body;
  linkIncoming(state.db, record, body.target, body.contactId, { at: nowSeconds(state), actingUserId: user.id });
  return hal({ uid: record.uid, _embedded: { leads: [stub(origin, 'leads', body.target.id)] } });
}

export function unsortedActionHandlers(routes: Routes): HttpHandler[] {
  return [
    routes.post('/leads/unsorted/:uid/accept', acceptIncomingLead),
    routes.delete('/leads/unsorted/:uid/decline', declineIncomingLead),
    routes.post('/leads/unsorted/:uid/link', linkIncomingLead),
  ];
}
