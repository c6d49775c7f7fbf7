import { EMAIL_FIELD, LEAD_FIELD_IDS, PHONE_FIELD } from '../account/account-catalog';
import { type Db, findUser } from '../account/db';
import { type ContactDraft, type LeadDraft, tagByName } from '../account/db-inserts';
import type { LeadFieldValue, MultitextValue } from '../account/records';
import { expectInt, expectList, expectObject, type Issues, isRecord, joinPath, rejectUnknownKeys } from './validation';

/** Reads the contact, company and lead models nested in an add item (`_embedded.*[0]`). */
const ENUM_CODES = ['WORK', 'MOB', 'OTHER', 'PRIV'] as const;

/** Names arrive as numbers too (see the reference forms example); amoCRM stores them as text. */
function readText(issues: Issues, value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  issues.add('InvalidType', path, 'This value should be of type string.');
  return undefined;
}

function readResponsible(db: Db, issues: Issues, value: unknown, path: string): number | undefined {
  if (value === undefined) return undefined;
  if (!expectInt(issues, value, path)) return undefined;
  if (!findUser(db, value)) issues.add('NotSupportedChoice', path);
  return value;
}

function readValues(issues: Issues, field: Record<string, unknown>, path: string): unknown[] {
  const valuesPath = joinPath(path, 'values');
  if (!expectList(issues, field.values, valuesPath)) return [];
  if (field.values.length === 0) issues.add('TooFew', valuesPath);
  return field.values;
}

function readMultitext(issues: Issues, values: unknown[], path: string): MultitextValue[] {
  return values.flatMap((entry, index) => {
    const at = joinPath(path, `values.${index}`);
    if (!expectObject(issues, entry, at)) return [];
    const value = readText(issues, entry.value, joinPath(at, 'value'));
    const code = entry.enum_code ?? 'WORK';
    if (!ENUM_CODES.includes(code as never)) issues.add('NotSupportedChoice', joinPath(at, 'enum_code'));
    return value === undefined ? [] : [{ value, enum_code: code as MultitextValue['enum_code'] }];
  });
}

function readContactFields(issues: Issues, raw: unknown, path: string): Pick<ContactDraft, 'phones' | 'emails'> {
  const result = { phones: [] as MultitextValue[], emails: [] as MultitextValue[] };
  if (raw === undefined || raw === null || !expectList(issues, raw, path)) return result;
  raw.forEach((field, index) => {
    const at = joinPath(path, index);
    if (!expectObject(issues, field, at)) return;
    const isPhone = field.field_code === PHONE_FIELD.code || field.field_id === PHONE_FIELD.id;
    const isEmail = field.field_code === EMAIL_FIELD.code || field.field_id === EMAIL_FIELD.id;
    if (!isPhone && !isEmail) {
      issues.add('NotSupportedChoice', joinPath(at, field.field_id === undefined ? 'field_code' : 'field_id'));
      return;
    }
    result[isPhone ? 'phones' : 'emails'].push(...readMultitext(issues, readValues(issues, field, at), at));
  });
  return result;
}

const CONTACT_KEYS = [
  'name',
  'first_name',
  'last_name',
  'responsible_user_id',
  'custom_fields_values',
  '_embedded',
  'created_at',
];

export function readContact(db: Db, issues: Issues, raw: Record<string, unknown>, path: string): ContactDraft {
  rejectUnknownKeys(issues, raw, CONTACT_KEYS, path);
  const first = readText(issues, raw.first_name, joinPath(path, 'first_name')) ?? '';
  const last = readText(issues, raw.last_name, joinPath(path, 'last_name')) ?? '';
  const name = readText(issues, raw.name, joinPath(path, 'name')) ?? `${first} ${last}`.trim();
  return {
    name,
    first_name: first,
    last_name: last,
    ...readContactFields(issues, raw.custom_fields_values, joinPath(path, 'custom_fields_values')),
    responsible_user_id: readResponsible(db, issues, raw.responsible_user_id, joinPath(path, 'responsible_user_id')),
  };
}

function readLeadFields(issues: Issues, raw: unknown, path: string): LeadFieldValue[] | null {
  if (raw === undefined || raw === null || !expectList(issues, raw, path)) return null;
  return raw.flatMap((field, index) => {
    const at = joinPath(path, index);
    if (!expectObject(issues, field, at) || !expectInt(issues, field.field_id, joinPath(at, 'field_id'))) return [];
    if (!LEAD_FIELD_IDS.includes(field.field_id)) issues.add('NotSupportedChoice', joinPath(at, 'field_id'));
    const values = readValues(issues, field, at).filter(isRecord);
    return [{ field_id: field.field_id, values: values.map((v) => ({ value: v.value as string | number | boolean })) }];
  });
}

function readTags(db: Db, issues: Issues, embedded: unknown, path: string): number[] {
  if (embedded === undefined || !expectObject(issues, embedded, path)) return [];
  const tags = embedded.tags;
  if (tags === undefined || !expectList(issues, tags, joinPath(path, 'tags'))) return [];
  return tags.flatMap((tag, index) => {
    const at = joinPath(path, `tags.${index}`);
    if (!expectObject(issues, tag, at)) return [];
    if (typeof tag.name === 'string' && tag.id === undefined) return [tagByName(db, tag.name).id];
    if (!expectInt(issues, tag.id, joinPath(at, 'id'))) return [];
    if (!db.tags.has(tag.id)) issues.add('NotSupportedChoice', joinPath(at, 'id'));
    return [tag.id];
  });
}

const LEAD_KEYS = [
  'name',
  'price',
  'responsible_user_id',
  'custom_fields_values',
  '_embedded',
  'visitor_uid',
  'created_at',
];

export function readLead(db: Db, issues: Issues, raw: Record<string, unknown>, path: string): LeadDraft {
  rejectUnknownKeys(issues, raw, LEAD_KEYS, path);
  const price =
    raw.price === undefined || expectInt(issues, raw.price, joinPath(path, 'price'))
      ? (raw.price as number | undefined)
      : 0;
  return {
    name: readText(issues, raw.name, joinPath(path, 'name')) ?? '',
    price: price ?? 0,
    responsible_user_id: readResponsible(db, issues, raw.responsible_user_id, joinPath(path, 'responsible_user_id')),
    custom_fields_values: readLeadFields(issues, raw.custom_fields_values, joinPath(path, 'custom_fields_values')),
    tag_ids: readTags(db, issues, raw._embedded, joinPath(path, '_embedded')),
  };
}

export function readCompany(issues: Issues, raw: Record<string, unknown>, path: string): { name: string } {
  rejectUnknownKeys(issues, raw, ['name', 'responsible_user_id', 'custom_fields_values', '_embedded'], path);
  return { name: readText(issues, raw.name, joinPath(path, 'name')) ?? '' };
}
