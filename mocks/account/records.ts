/** The emulator's tables. Records hold what amoCRM stores; serializers shape them into the wire format. */
export type IncomingCategory = 'sip' | 'forms' | 'chats' | 'mail';
export const INCOMING_CATEGORIES: readonly IncomingCategory[] = ['sip', 'mail', 'forms', 'chats'];

export type RightValue = 'A' | 'G' | 'M' | 'D';
export interface EntityRights {
  view: RightValue;
  edit: RightValue;
  add: RightValue;
  delete: RightValue;
  export: RightValue;
}
export interface StatusRight {
  entity_type: 'leads';
  pipeline_id: number;
  status_id: number;
  rights: { view: RightValue; edit: RightValue; delete: RightValue };
}
export interface UserRights {
  leads: EntityRights;
  contacts: EntityRights;
  companies: EntityRights;
  tasks: { edit: RightValue; delete: RightValue };
  mail_access: boolean;
  catalog_access: boolean;
  files_access: boolean;
  status_rights: StatusRight[];
  is_admin: boolean;
  is_free: boolean;
  is_active: boolean;
  group_id: number | null;
  role_id: number | null;
}
export interface UserRecord {
  id: number;
  name: string;
  email: string;
  lang: 'ru' | 'en';
  rights: UserRights;
}

export interface StatusRecord {
  id: number;
  name: string;
  sort: number;
  is_editable: boolean;
  pipeline_id: number;
  color: string;
  type: 0 | 1;
}
export interface PipelineRecord {
  id: number;
  name: string;
  sort: number;
  is_main: boolean;
  is_unsorted_on: boolean;
  is_archive: boolean;
  statuses: StatusRecord[];
}

export interface MultitextValue {
  value: string;
  enum_code: 'WORK' | 'MOB' | 'OTHER' | 'PRIV';
}
export interface ContactRecord {
  id: number;
  name: string;
  first_name: string;
  last_name: string;
  responsible_user_id: number;
  created_by: number;
  created_at: number;
  updated_at: number;
  is_deleted: boolean;
  is_unsorted: boolean;
  phones: MultitextValue[];
  emails: MultitextValue[];
  company_id: number | null;
}
export interface CompanyRecord {
  id: number;
  name: string;
  responsible_user_id: number;
  created_by: number;
  created_at: number;
  updated_at: number;
  is_deleted: boolean;
}
export interface TagRecord {
  id: number;
  name: string;
}
export interface LeadFieldValue {
  field_id: number;
  values: { value: string | number | boolean }[];
}
export interface LeadRecord {
  id: number;
  name: string;
  price: number;
  responsible_user_id: number;
  status_id: number;
  pipeline_id: number;
  created_by: number;
  updated_by: number;
  created_at: number;
  updated_at: number;
  closed_at: number | null;
  is_deleted: boolean;
  contact_ids: number[];
  company_id: number | null;
  tag_ids: number[];
  custom_fields_values: LeadFieldValue[] | null;
}

export type IncomingState = 'pending' | 'accepted' | 'declined' | 'linked';
export type Metadata = Record<string, unknown>;
export interface IncomingLeadRecord {
  uid: string;
  source_uid: string | null;
  source_name: string | null;
  category: IncomingCategory;
  pipeline_id: number;
  created_at: number;
  /** Kept for `order[updated_at]`; amoCRM never emits it on incoming leads. */
  updated_at: number;
  metadata: Metadata;
  lead_id: number | null;
  contact_id: number | null;
  company_id: number | null;
  state: IncomingState;
  sorted_at: number | null;
  sorted_by: number | null;
}
