import { type Db, findPipeline, mainPipeline } from '../account/db';
import type { IncomingLeadDraft } from '../account/db-inserts';
import type { UserRecord } from '../account/records';
import { readCompany, readContact, readLead } from './embedded-input';
import { readFormMetadata, readSipMetadata } from './metadata-input';
import {
  expectInRange,
  expectInt,
  expectList,
  expectObject,
  expectString,
  Issues,
  isRecord,
  joinPath,
  rejectUnknownKeys,
  TIMESTAMP_RANGE,
} from './validation';

/** One item of `POST /leads/unsorted/sip|forms`, checked as amoCRM checks it (amocrm-api-facts.md §1.7–1.8). */
export interface AddItem {
  requestId: string;
  draft: IncomingLeadDraft;
}
export interface AddItemResult {
  requestId: string;
  draft: IncomingLeadDraft | null;
  issues: Issues;
}

const ITEM_KEYS = ['request_id', 'source_uid', 'source_name', 'pipeline_id', 'created_at', 'metadata', '_embedded'];
// `lead` (singular) is a common client mistake that amoCRM silently ignores (amocrm-api-facts.md §1.7).
const EMBEDDED_KEYS = ['leads', 'contacts', 'companies', 'lead'];

/** `_embedded.x` holds exactly one model; returns it, or null when absent or broken. */
function single(issues: Issues, embedded: Record<string, unknown>, key: string): Record<string, unknown> | null {
  const path = joinPath('_embedded', key);
  const list = embedded[key];
  if (list === undefined || !expectList(issues, list, path)) return null;
  if (list.length === 0) issues.add('TooFew', path);
  if (list.length > 1) issues.add('FieldNotExpected', joinPath(path, 1));
  const first = list[0];
  return first !== undefined && expectObject(issues, first, joinPath(path, 0)) ? first : null;
}

function readPipelineId(db: Db, issues: Issues, value: unknown): number {
  if (value === undefined) return mainPipeline(db).id;
  if (!expectInt(issues, value, 'pipeline_id')) return 0;
  if (!findPipeline(db, value)) issues.add('NotSupportedChoice', 'pipeline_id');
  return value;
}

function readEmbedded(db: Db, issues: Issues, raw: unknown) {
  const embedded = raw === undefined ? {} : raw;
  if (!expectObject(issues, embedded, '_embedded')) return { contact: null, company: null, lead: null, leadRaw: null };
  rejectUnknownKeys(issues, embedded, EMBEDDED_KEYS, '_embedded');
  const contactRaw = single(issues, embedded, 'contacts');
  const companyRaw = single(issues, embedded, 'companies');
  const leadRaw = single(issues, embedded, 'leads');
  return {
    contact: contactRaw && readContact(db, issues, contactRaw, '_embedded.contacts.0'),
    company: companyRaw && readCompany(issues, companyRaw, '_embedded.companies.0'),
    lead: leadRaw && readLead(db, issues, leadRaw, '_embedded.leads.0'),
    leadRaw,
  };
}

function readRequestId(raw: unknown, index: number): string {
  const given = isRecord(raw) ? raw.request_id : undefined;
  return typeof given === 'string' || typeof given === 'number' ? String(given) : String(index);
}

function readDraft(
  db: Db,
  category: 'sip' | 'forms',
  item: Record<string, unknown>,
  issues: Issues,
  user: UserRecord,
  now: number,
): IncomingLeadDraft {
  rejectUnknownKeys(issues, item, ITEM_KEYS, '');
  expectString(issues, item.source_uid, 'source_uid');
  expectString(issues, item.source_name, 'source_name');
  const pipelineId = readPipelineId(db, issues, item.pipeline_id);
  const createdAt =
    item.created_at === undefined ||
    !expectInt(issues, item.created_at, 'created_at') ||
    !expectInRange(issues, item.created_at, TIMESTAMP_RANGE, 'created_at')
      ? now
      : item.created_at;
  const embedded = readEmbedded(db, issues, item._embedded);
  const metadataRaw = expectObject(issues, item.metadata, 'metadata') ? item.metadata : {};
  const metadata =
    category === 'sip'
      ? readSipMetadata(issues, metadataRaw, createdAt)
      : readFormMetadata(issues, metadataRaw, createdAt, embedded.leadRaw?.visitor_uid);
  return {
    source_uid: typeof item.source_uid === 'string' ? item.source_uid : null,
    source_name: typeof item.source_name === 'string' ? item.source_name : null,
    category,
    pipeline_id: pipelineId,
    created_at: createdAt,
    metadata,
    contact: embedded.contact,
    company: embedded.company,
    lead: embedded.lead,
    responsible_user_id: user.id,
  };
}

/** The item's draft, or null when it is not even an object; `issues` says what else is wrong. */
export function readAddItem(
  db: Db,
  category: 'sip' | 'forms',
  raw: unknown,
  index: number,
  user: UserRecord,
  now: number,
): AddItemResult {
  const issues = new Issues();
  const requestId = readRequestId(raw, index);
  if (!expectObject(issues, raw, '')) return { requestId, draft: null, issues };
  return { requestId, draft: readDraft(db, category, raw, issues, user, now), issues };
}
