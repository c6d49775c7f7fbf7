import type { HttpHandler } from 'msw';
import { ACCOUNT } from '../account/account-catalog';
import { insertIncomingLead } from '../account/db-inserts';
import { findDuplicate, tagAsDuplicates } from '../account/duplicates';
import type { IncomingLeadRecord } from '../account/records';
import { allows } from '../account/rights';
import { nowSeconds } from '../emulator-state';
import { type AddItem, readAddItem } from '../wire/add-item-input';
import { hal, link } from '../wire/hal';
import { type ItemIssues, problem, validationProblem } from '../wire/problems';
import { incomingStubs } from '../wire/serializers';
import { readJson } from '../wire/validation';
import type { RouteContext, Routes } from './gate';

const BATCH_LIMIT = 250;
/** Above this size the slow scenario answers like an overloaded gateway (amocrm-api-facts.md §1.8, 504). */
const SLOW_BATCH_LIMIT = 50;

function checkBatch(context: RouteContext, category: 'sip' | 'forms', body: unknown[]): AddItem[] | Response {
  const { state, user } = context;
  const now = nowSeconds(state);
  const items: AddItem[] = [];
  const failures: ItemIssues[] = [];
  body.forEach((raw, index) => {
    const { requestId, draft, issues } = readAddItem(state.db, category, raw, index, user, now);
    const earlier = items.map((i) => i.draft);
    const duplicate = draft && issues.isEmpty ? findDuplicate(state.db, draft, earlier) : null;
    if (duplicate && state.quirks.duplicates === 'error') {
      issues.add('NotSupportedChoice', 'source_uid', 'An incoming lead with this source and contact already exists.');
    }
    if (draft && issues.isEmpty) items.push({ requestId, draft });
    else failures.push({ request_id: requestId, errors: issues.list });
  });
  return failures.length > 0 ? validationProblem(failures) : items;
}

function store(context: RouteContext, items: AddItem[]): IncomingLeadRecord[] {
  const { db } = context.state;
  const stored: IncomingLeadRecord[] = [];
  for (const { draft } of items) {
    const duplicate = findDuplicate(db, draft, []);
    const record = insertIncomingLead(db, draft);
    const twin = duplicate?.kind === 'stored' ? duplicate.record : undefined;
    if (twin) tagAsDuplicates(db, [twin, record]);
    stored.push(record);
  }
  return stored;
}

const addIncomingLeads =
  (category: 'sip' | 'forms') =>
  async (context: RouteContext): Promise<Response> => {
    const { state, user, origin, request } = context;
    if (!allows(state.db, user, 'add', null)) return problem(403, 'Insufficient rights to add leads');
    const parsed = await readJson(request);
    if (parsed instanceof Response) return parsed;
    if (!Array.isArray(parsed.body) || parsed.body.length === 0) return problem(400, 'Request data must not be empty');
    if (parsed.body.length > BATCH_LIMIT) return problem(422, `Limit of ${BATCH_LIMIT} per page`);
    if (state.scenario === 'slow' && parsed.body.length > SLOW_BATCH_LIMIT)
      return problem(504, 'Gateway timeout, reduce the batch size');
    const items = checkBatch(context, category, parsed.body);
    if (items instanceof Response) return items;
    const records = store(context, items);
    return hal({
      _total_items: records.length,
      _embedded: {
        unsorted: records.map((record, index) => ({
          uid: record.uid,
          account_id: ACCOUNT.id,
          request_id: items[index]?.requestId,
          _links: link(origin, `/api/v4/leads/unsorted/${record.uid}`),
          _embedded: incomingStubs(origin, record),
        })),
      },
    });
  };

export function unsortedAddHandlers(routes: Routes): HttpHandler[] {
  return [
    routes.post('/leads/unsorted/sip', addIncomingLeads('sip')),
    routes.post('/leads/unsorted/forms', addIncomingLeads('forms')),
  ];
}
