import type { EntityRights, PipelineRecord, RightValue, StatusRight, UserRecord, UserRights } from './records';

/** Long-lived tokens of the demo account; each acts as the user who issued it. */
export interface TokenRecord {
  token: string;
  userId: number;
  isExpired: boolean;
}

export const ADMIN_USER_ID = 6930211;
export const MANAGER_USER_ID = 6930247;
export const VIEWER_USER_ID = 6930298;
export const OPERATOR_USER_ID = 6930305;
export const OWN_LEADS_USER_ID = 6930342;

export const TOKENS: readonly TokenRecord[] = [
  { token: 'demo-admin-token', userId: ADMIN_USER_ID, isExpired: false },
  { token: 'demo-manager-token', userId: MANAGER_USER_ID, isExpired: false },
  { token: 'demo-expired-token', userId: ADMIN_USER_ID, isExpired: true },
];

interface Profile {
  leads: [view: RightValue, edit: RightValue, add: RightValue, del: RightValue, exp: RightValue];
  isAdmin: boolean;
  groupId: number | null;
  roleId: number | null;
}

const PROFILES: Record<'admin' | 'manager' | 'viewer' | 'operator' | 'ownLeads', Profile> = {
  admin: { leads: ['A', 'A', 'A', 'A', 'A'], isAdmin: true, groupId: null, roleId: null },
  manager: { leads: ['A', 'A', 'A', 'A', 'D'], isAdmin: false, groupId: 0, roleId: 81301 },
  viewer: { leads: ['A', 'D', 'D', 'D', 'D'], isAdmin: false, groupId: 0, roleId: 81303 },
  operator: { leads: ['G', 'G', 'A', 'D', 'D'], isAdmin: false, groupId: 418201, roleId: 81305 },
  ownLeads: { leads: ['M', 'M', 'A', 'M', 'D'], isAdmin: false, groupId: 418201, roleId: 81307 },
};

function entityRights([view, edit, add, del, exp]: Profile['leads']): EntityRights {
  return { view, edit, add, delete: del, export: exp };
}

function statusRights(profile: Profile, pipelines: PipelineRecord[]): StatusRight[] {
  const [view, edit, , del] = profile.leads;
  return pipelines.flatMap((pipeline) =>
    pipeline.statuses
      .filter((s) => s.is_editable || s.type === 1)
      .map((s) => ({
        entity_type: 'leads' as const,
        pipeline_id: pipeline.id,
        status_id: s.id,
        rights: { view, edit, delete: del },
      })),
  );
}

function rightsFor(profile: Profile, pipelines: PipelineRecord[]): UserRights {
  const leads = entityRights(profile.leads);
  return {
    leads,
    contacts: { ...leads },
    companies: { ...leads },
    tasks: { edit: leads.edit, delete: leads.delete },
    mail_access: profile.isAdmin || leads.edit !== 'D',
    catalog_access: profile.isAdmin,
    files_access: true,
    status_rights: statusRights(profile, pipelines),
    is_admin: profile.isAdmin,
    is_free: false,
    is_active: true,
    group_id: profile.groupId,
    role_id: profile.roleId,
  };
}

export function buildUsers(pipelines: PipelineRecord[]): UserRecord[] {
  const user = (id: number, name: string, email: string, lang: 'ru' | 'en', profile: Profile): UserRecord => ({
    id,
    name,
    email,
    lang,
    rights: rightsFor(profile, pipelines),
  });
  return [
    user(ADMIN_USER_ID, 'Алексей Воронов', 'a.voronov@demo-trading.ru', 'ru', PROFILES.admin),
    user(MANAGER_USER_ID, 'Мария Кузнецова', 'm.kuznetsova@demo-trading.ru', 'ru', PROFILES.manager),
    user(VIEWER_USER_ID, 'Ольга Белова', 'o.belova@demo-trading.ru', 'ru', PROFILES.viewer),
    user(OPERATOR_USER_ID, 'Дмитрий Соколов', 'd.sokolov@demo-trading.ru', 'ru', PROFILES.operator),
    user(OWN_LEADS_USER_ID, 'James Miller', 'j.miller@demo-trading.ru', 'en', PROFILES.ownLeads),
  ];
}

export const USER_ROLES = [
  { id: 81301, name: 'Sales manager' },
  { id: 81303, name: 'Viewer' },
  { id: 81305, name: 'Call-centre operator' },
  { id: 81307, name: 'Own leads only' },
];

export const USER_GROUPS = [
  { id: 0, name: 'Отдел продаж', uuid: null },
  { id: 418201, name: 'Call centre', uuid: null },
];
