import type { HttpHandler } from 'msw';
import { ACCOUNT } from '../account/account-catalog';
import { findPipeline, findUser } from '../account/db';
import type { PipelineRecord, StatusRecord, UserRecord } from '../account/records';
import { USER_GROUPS, USER_ROLES } from '../account/user-catalog';
import { hal, link, noContent, pageLinks, paginate, readPaging } from '../wire/hal';
import { forbidden } from '../wire/problems';
import { queryString, queryWith } from '../wire/query';
import type { RouteContext, Routes } from './gate';

/** Reference data every triage screen needs: pipelines with stages, the account, and its users. */
function statusItem(origin: string, status: StatusRecord) {
  return {
    ...status,
    account_id: ACCOUNT.id,
    _links: link(origin, `/api/v4/leads/pipelines/${status.pipeline_id}/statuses/${status.id}`),
  };
}

function pipelineItem(origin: string, pipeline: PipelineRecord) {
  const { statuses, ...fields } = pipeline;
  return {
    ...fields,
    account_id: ACCOUNT.id,
    _links: link(origin, `/api/v4/leads/pipelines/${pipeline.id}`),
    _embedded: { statuses: statuses.map((s) => statusItem(origin, s)) },
  };
}

function listPipelines({ state, origin }: RouteContext): Response {
  const pipelines = state.db.pipelines;
  return hal({
    _total_items: pipelines.length,
    _links: link(origin, '/api/v4/leads/pipelines'),
    _embedded: { pipelines: pipelines.map((p) => pipelineItem(origin, p)) },
  });
}

function getPipeline({ state, origin, params }: RouteContext): Response {
  const pipeline = findPipeline(state.db, Number(params.id));
  return pipeline ? hal(pipelineItem(origin, pipeline)) : noContent();
}

function listStatuses({ state, origin, params }: RouteContext): Response {
  const pipeline = findPipeline(state.db, Number(params.id));
  if (!pipeline) return noContent();
  return hal({
    _total_items: pipeline.statuses.length,
    _links: link(origin, `/api/v4/leads/pipelines/${pipeline.id}/statuses`),
    _embedded: { statuses: pipeline.statuses.map((s) => statusItem(origin, s)) },
  });
}

/** `with=` adds only the blocks asked for; scalar extras sit at the top level, the rest in `_embedded`. */
function accountExtras(requested: Set<string>) {
  const top: Record<string, unknown> = {};
  const embedded: Record<string, unknown> = {};
  if (requested.has('amojo_id')) top.amojo_id = ACCOUNT.amojo_id;
  if (requested.has('uuid')) top.uuid = ACCOUNT.uuid;
  if (requested.has('version')) top.version = ACCOUNT.version;
  if (requested.has('drive_url')) top.drive_url = ACCOUNT.drive_url;
  if (requested.has('is_api_filter_enabled')) top.is_api_filter_enabled = true;
  if (requested.has('amojo_rights')) embedded.amojo_rights = { can_direct: true, can_create_groups: true };
  if (requested.has('users_groups')) embedded.users_groups = USER_GROUPS;
  if (requested.has('task_types')) {
    embedded.task_types = [
      { id: 1, name: 'Follow-up', color: null, icon_id: null, code: 'FOLLOW_UP' },
      { id: 2, name: 'Meeting', color: null, icon_id: null, code: 'MEETING' },
    ];
  }
  if (requested.has('entity_names'))
    embedded.entity_names = { leads: { ru: { gender: 'f', singular_form: { default: 'Сделка' } } } };
  if (requested.has('datetime_settings')) {
    embedded.datetime_settings = {
      date_pattern: 'd.m.Y H:i',
      short_date_pattern: 'd.m.Y',
      time_format: 'H:i',
      timezone: 'Europe/Moscow',
      timezone_offset: '+03:00',
    };
  }
  return Object.keys(embedded).length > 0 ? { ...top, _embedded: embedded } : top;
}

function getAccount({ origin, user, query }: RouteContext): Response {
  const { amojo_id, uuid, version, drive_url, ...fields } = ACCOUNT;
  return hal({
    ...fields,
    current_user_id: user.id,
    created_at: 1577836800,
    created_by: 0,
    updated_at: 1735689600,
    updated_by: 0,
    _links: link(origin, '/api/v4/account'),
    ...accountExtras(queryWith(query)),
  });
}

function userItem(origin: string, user: UserRecord, requested: Set<string>) {
  const group = USER_GROUPS.find((g) => g.id === user.rights.group_id);
  const embedded: Record<string, unknown> = {};
  if (requested.has('role')) {
    const role = USER_ROLES.find((r) => r.id === user.rights.role_id);
    embedded.roles = role ? [{ ...role, _links: link(origin, `/api/v4/roles/${role.id}`) }] : [];
  }
  if (requested.has('group')) embedded.groups = group ? [{ id: group.id, name: group.name }] : [];
  return { ...user, _links: link(origin, `/api/v4/users/${user.id}`), _embedded: embedded };
}

function listUsers({ state, user, origin, url, query }: RouteContext): Response {
  if (!user.rights.is_admin) return forbidden('Insufficient rights to view users');
  const paging = readPaging(queryString(query.page), queryString(query.limit));
  const { items, hasMore } = paginate(state.db.users, paging);
  if (items.length === 0) return noContent();
  return hal({
    _total_items: state.db.users.length,
    _page: paging.page,
    _page_count: Math.ceil(state.db.users.length / paging.limit),
    _links: pageLinks(url, origin, paging.page, paging.limit, hasMore),
    _embedded: { users: items.map((u) => userItem(origin, u, queryWith(query))) },
  });
}

function getUser({ state, user, origin, params, query }: RouteContext): Response {
  if (!user.rights.is_admin) return forbidden('Insufficient rights to view users');
  const found = findUser(state.db, Number(params.id));
  return found ? hal(userItem(origin, found, queryWith(query))) : noContent();
}

export function accountHandlers(routes: Routes): HttpHandler[] {
  return [
    routes.get('/leads/pipelines', listPipelines),
    routes.get('/leads/pipelines/:id', getPipeline),
    routes.get('/leads/pipelines/:id/statuses', listStatuses),
    routes.get('/account', getAccount),
    routes.get('/users', listUsers),
    routes.get('/users/:id', getUser),
  ];
}
