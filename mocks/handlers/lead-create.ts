import { type Db, findPipeline, findUser, mainPipeline, regularStages } from '../account/db';
import { insertLead } from '../account/db-inserts';
import type { LeadRecord, PipelineRecord } from '../account/records';
import { allows } from '../account/rights';
import { nowSeconds } from '../emulator-state';
import { hal, link, stub } from '../wire/hal';
import { type ItemIssues, problem, validationProblem } from '../wire/problems';
import { expectInt, expectObject, Issues, isRecord, readJson } from '../wire/validation';
import type { RouteContext } from './gate';

/**
 * `POST /api/v4/leads`. The incoming stage is off limits here: leads get there only through the
 * incoming-leads API (amocrm-api-facts.md §4.4).
 */
interface NewLead {
  requestId: string;
  name: string;
  price: number;
  pipeline: PipelineRecord;
  statusId: number;
  responsible: number | undefined;
}

function readPlace(
  db: Db,
  item: Record<string, unknown>,
  issues: Issues,
): { pipeline: PipelineRecord; statusId: number } {
  let pipeline = mainPipeline(db);
  if (item.pipeline_id !== undefined && expectInt(issues, item.pipeline_id, 'pipeline_id')) {
    const found = findPipeline(db, item.pipeline_id);
    if (found) pipeline = found;
    else issues.add('NotSupportedChoice', 'pipeline_id');
  } else if (Number.isInteger(item.status_id)) {
    pipeline = db.pipelines.find((p) => p.statuses.some((s) => s.id === item.status_id)) ?? pipeline;
  }
  let statusId = regularStages(pipeline)[0]?.id ?? 0;
  if (item.status_id !== undefined && expectInt(issues, item.status_id, 'status_id')) {
    const status = pipeline.statuses.find((s) => s.id === item.status_id);
    if (!status || status.type === 1) issues.add('NotSupportedChoice', 'status_id');
    else statusId = status.id;
  }
  return { pipeline, statusId };
}

function readNewLead(db: Db, raw: unknown, index: number): { lead: NewLead; issues: Issues } {
  const issues = new Issues();
  const item = isRecord(raw) ? raw : {};
  expectObject(issues, raw, '');
  const requestId = typeof item.request_id === 'string' ? item.request_id : String(index);
  const price = item.price === undefined || !expectInt(issues, item.price, 'price') ? 0 : item.price;
  let responsible: number | undefined;
  if (item.responsible_user_id !== undefined && expectInt(issues, item.responsible_user_id, 'responsible_user_id')) {
    responsible = item.responsible_user_id;
    if (!findUser(db, responsible)) issues.add('NotSupportedChoice', 'responsible_user_id');
  }
  const name = typeof item.name === 'string' || typeof item.name === 'number' ? String(item.name) : '';
  return { lead: { requestId, name, price, responsible, ...readPlace(db, item, issues) }, issues };
}

export async function createLeads(context: RouteContext): Promise<Response> {
  const { state, user, request, origin } = context;
  if (!allows(state.db, user, 'add', null)) return problem(403, 'Insufficient rights to add leads');
  const parsed = await readJson(request);
  if (parsed instanceof Response) return parsed;
  if (!Array.isArray(parsed.body) || parsed.body.length === 0) return problem(400, 'Request data must not be empty');
  if (parsed.body.length > 250) return problem(422, 'Limit of 250 per page');
  const checked = parsed.body.map((raw, index) => readNewLead(state.db, raw, index));
  const failures: ItemIssues[] = checked
    .filter(({ issues }) => !issues.isEmpty)
    .map(({ lead, issues }) => ({ request_id: lead.requestId, errors: issues.list }));
  if (failures.length > 0) return validationProblem(failures);
  const at = nowSeconds(state);
  const created: [NewLead, LeadRecord][] = checked.map(({ lead }) => [
    lead,
    insertLead(
      state.db,
      { name: lead.name, price: lead.price, responsible_user_id: lead.responsible },
      { pipeline_id: lead.pipeline.id, status_id: lead.statusId },
      user.id,
      at,
    ),
  ]);
  return hal({
    _links: link(origin, '/api/v4/leads'),
    _embedded: {
      leads: created.map(([lead, record]) => ({ ...stub(origin, 'leads', record.id), request_id: lead.requestId })),
    },
  });
}
