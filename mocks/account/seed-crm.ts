import { LOST_STATUS_ID, SEED_TAGS, WON_STATUS_ID } from './account-catalog';
import { type Db, findPipeline, regularStages } from './db';
import { insertCompany, insertLead } from './db-inserts';
import { type FakePerson, fakePerson } from './fake-people';
import { COMPANY_NAMES, LEAD_TITLES } from './fake-vocabulary';
import type { Random } from './prng';
import type { ContactRecord, IncomingLeadRecord, LeadRecord } from './records';
import { acceptIncoming, declineIncoming, linkIncoming } from './triage';
import { ADMIN_USER_ID, MANAGER_USER_ID, OPERATOR_USER_ID, OWN_LEADS_USER_ID } from './user-catalog';

const DAY = 86400;
const REGULAR_LEAD_COUNT = 60;
const SORTERS = [ADMIN_USER_ID, MANAGER_USER_ID, MANAGER_USER_ID, OPERATOR_USER_ID, OWN_LEADS_USER_ID];

function insertKnownContact(db: Db, person: FakePerson, owner: number, at: number, random: Random): ContactRecord {
  const contact: ContactRecord = {
    id: db.nextId.contact++,
    name: person.name,
    first_name: person.first_name,
    last_name: person.last_name,
    responsible_user_id: owner,
    created_by: owner,
    created_at: at,
    updated_at: at + random.int(0, 5 * DAY),
    is_deleted: false,
    is_unsorted: false,
    phones: random.chance(0.9) ? [{ value: person.phone, enum_code: random.chance(0.5) ? 'MOB' : 'WORK' }] : [],
    emails: random.chance(0.6) ? [{ value: person.email, enum_code: 'WORK' }] : [],
    company_id: null,
  };
  db.contacts.set(contact.id, contact);
  return contact;
}

function placeLead(lead: LeadRecord, random: Random, now: number): void {
  const roll = random.next();
  if (roll < 0.15 || roll > 0.9) {
    lead.status_id = roll < 0.15 ? WON_STATUS_ID : LOST_STATUS_ID;
    lead.closed_at = Math.min(now, lead.created_at + random.int(DAY, 20 * DAY));
  }
}

/** Existing deals in regular stages: link targets and search results for the triage screens. */
export function seedRegularLeads(db: Db, random: Random, now: number, people: FakePerson[]): void {
  for (let i = 0; i < REGULAR_LEAD_COUNT; i++) {
    const pipeline = random.pick(db.pipelines);
    const owner = random.pick(SORTERS);
    const at = now - random.int(5 * DAY, 120 * DAY);
    const person = fakePerson(random);
    people.push(person);
    const contact = insertKnownContact(db, person, owner, at, random);
    const stage = random.pick(regularStages(pipeline));
    const draft = {
      name: random.pick(LEAD_TITLES),
      price: random.int(10, 900) * 1000,
      tag_ids: random.chance(0.3) ? [random.pick(SEED_TAGS).id] : [],
    };
    const lead = insertLead(db, draft, { pipeline_id: pipeline.id, status_id: stage.id }, owner, at);
    lead.contact_ids.push(contact.id);
    if (random.chance(0.3)) {
      const company = insertCompany(db, random.pick(COMPANY_NAMES), owner, at);
      lead.company_id = company.id;
      contact.company_id = company.id;
    }
    lead.updated_at = Math.min(now, at + random.int(0, 10 * DAY));
    placeLead(lead, random, now);
  }
}

/** Sort time spreads from a couple of minutes to about two days, as in a busy real account. */
function sortDelay(random: Random): number {
  return Math.floor(120 + 170000 * random.next() ** 3);
}

export function settleInHistory(db: Db, record: IncomingLeadRecord, random: Random, now: number): void {
  const at = Math.min(now - 60, record.created_at + sortDelay(random));
  const act = { at, actingUserId: random.pick(SORTERS) };
  const targets = [...db.leads.values()].filter(
    (l) => l.pipeline_id === record.pipeline_id && l.closed_at === null && !l.is_deleted && l.id !== record.lead_id,
  );
  if (record.category === 'chats' && targets.length > 0 && random.chance(0.15)) {
    linkIncoming(db, record, random.pick(targets), null, act);
    return;
  }
  if (random.chance(0.22)) {
    declineIncoming(db, record, act);
    return;
  }
  const pipeline = findPipeline(db, record.pipeline_id);
  const stage = pipeline && random.pick(regularStages(pipeline));
  acceptIncoming(db, record, stage?.id ?? 0, null, act);
}
