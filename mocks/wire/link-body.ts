import { ACCOUNT } from '../account/account-catalog';
import { type Db, findUser, isIncomingStage } from '../account/db';
import type { LeadRecord } from '../account/records';
import { validationProblem } from './problems';
import { expectInt, expectObject, Issues, rejectUnknownKeys } from './validation';

export interface LinkBody {
  target: LeadRecord;
  contactId: number | null;
}

function readTarget(db: Db, link: Record<string, unknown>, issues: Issues): LeadRecord | undefined {
  // Customers exist only when the account runs a customers mode; the demo account has it disabled.
  const isCustomers = link.entity_type === 'customers';
  if (link.entity_type !== 'leads' && !isCustomers) issues.add('NotSupportedChoice', 'link.entity_type');
  if (isCustomers && ACCOUNT.customers_mode === 'disabled') {
    issues.add('NotSupportedChoice', 'link.entity_type', 'Customers are disabled in this account.');
  }
  if (!expectInt(issues, link.entity_id, 'link.entity_id') || link.entity_type !== 'leads') return undefined;
  const target = db.leads.get(link.entity_id);
  if (!target || target.is_deleted || isIncomingStage(db, target.status_id)) {
    issues.add('NotSupportedChoice', 'link.entity_id');
    return undefined;
  }
  return target;
}

function readContactId(db: Db, link: Record<string, unknown>, issues: Issues): number | null {
  if (link.metadata === undefined) return null;
  if (!expectObject(issues, link.metadata, 'link.metadata')) return null;
  rejectUnknownKeys(issues, link.metadata, ['contact_id'], 'link.metadata');
  const contactId = link.metadata.contact_id;
  if (contactId === undefined || !expectInt(issues, contactId, 'link.metadata.contact_id')) return null;
  const contact = db.contacts.get(contactId);
  if (!contact || contact.is_deleted) issues.add('NotSupportedChoice', 'link.metadata.contact_id');
  return contactId;
}

/** `{link: {entity_id, entity_type, metadata?: {contact_id}}, user_id?}` (amocrm-api-facts.md §1.7). */
export function readLinkBody(db: Db, raw: unknown): LinkBody | Response {
  const issues = new Issues();
  const body = raw === undefined ? {} : raw;
  let target: LeadRecord | undefined;
  let contactId: number | null = null;
  if (expectObject(issues, body, '')) {
    rejectUnknownKeys(issues, body, ['link', 'user_id'], '');
    if (body.user_id !== undefined && expectInt(issues, body.user_id, 'user_id') && !findUser(db, body.user_id)) {
      issues.add('NotSupportedChoice', 'user_id');
    }
    if (expectObject(issues, body.link, 'link')) {
      rejectUnknownKeys(issues, body.link, ['entity_id', 'entity_type', 'metadata'], 'link');
      target = readTarget(db, body.link, issues);
      contactId = readContactId(db, body.link, issues);
    }
  }
  if (!issues.isEmpty || !target) return validationProblem([{ request_id: '0', errors: issues.list }]);
  return { target, contactId };
}
