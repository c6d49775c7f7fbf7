import { PIPELINE_IDS } from './account-catalog';
import type { Db } from './db';
import { type ContactDraft, type IncomingLeadDraft, insertIncomingLead } from './db-inserts';
import { type FakePerson, fakePerson } from './fake-people';
import { LEAD_TITLES } from './fake-vocabulary';
import { fakeSource } from './incoming-metadata';
import { createRandom, type Random } from './prng';
import type { IncomingCategory, Metadata } from './records';
import { seedRegularLeads, settleInHistory } from './seed-crm';
import { ADMIN_USER_ID, MANAGER_USER_ID, OPERATOR_USER_ID } from './user-catalog';

export const SEED = 20260525;
const DAY = 86400;

export interface IncomingLeadOverrides extends Partial<Omit<IncomingLeadDraft, 'metadata'>> {
  /** Merged over the generated metadata, so a test names only the keys it cares about. */
  metadata?: Metadata;
  person?: FakePerson;
}
export interface BuildContext {
  random: Random;
  /** Unix seconds the lead's times are anchored to. */
  now?: number;
}

function pickCategory(random: Random): IncomingCategory {
  const roll = random.next();
  return roll < 0.32 ? 'sip' : roll < 0.55 ? 'forms' : roll < 0.88 ? 'chats' : 'mail';
}

function pickPipeline(random: Random): number {
  const roll = random.next();
  return roll < 0.6 ? PIPELINE_IDS.sales : roll < 0.85 ? PIPELINE_IDS.wholesale : PIPELINE_IDS.partners;
}

function contactFor(category: IncomingCategory, person: FakePerson, random: Random): ContactDraft {
  const hasPhone = category === 'sip' || category === 'forms' || (category === 'chats' && random.chance(0.35));
  const hasEmail = category === 'mail' || (category === 'forms' && random.chance(0.6));
  return {
    name: person.name,
    first_name: person.first_name,
    last_name: person.last_name,
    phones: hasPhone ? [{ value: person.phone, enum_code: random.chance(0.6) ? 'MOB' : 'WORK' }] : [],
    emails: hasEmail ? [{ value: person.email, enum_code: 'WORK' }] : [],
  };
}

/** The one builder of fake incoming leads: the demo seed and the tests both use it. */
export function buildIncomingLead(overrides: IncomingLeadOverrides, context: BuildContext): IncomingLeadDraft {
  const { random } = context;
  const now = context.now ?? Math.floor(Date.now() / 1000);
  const { person: givenPerson, metadata: metadataOverrides, ...fields } = overrides;
  const category = fields.category ?? pickCategory(random);
  const person = givenPerson ?? fakePerson(random);
  const createdAt = fields.created_at ?? now - random.int(60, 3 * DAY);
  const source = fakeSource(category, random, person, createdAt);
  const title = category === 'sip' && random.chance(0.4) ? `Входящий звонок ${person.phone}` : random.pick(LEAD_TITLES);
  return {
    source_uid: source.source_uid,
    source_name: source.source_name,
    pipeline_id: pickPipeline(random),
    contact: contactFor(category, person, random),
    company: random.chance(category === 'forms' || category === 'mail' ? 0.25 : 0.05)
      ? { name: `${person.last_name} & Co` }
      : null,
    lead: { name: title, price: random.chance(0.4) ? 0 : random.int(5, 400) * 1000 },
    responsible_user_id: random.pick([ADMIN_USER_ID, MANAGER_USER_ID, MANAGER_USER_ID, OPERATOR_USER_ID]),
    ...fields,
    category,
    created_at: createdAt,
    metadata: { ...source.metadata, ...metadataOverrides },
  };
}

export interface SeedOptions {
  /** Unix seconds; every date in the account is placed relative to it. */
  now: number;
  incomingCount: number;
  historyCount: number;
  withIncoming: boolean;
}

/** Age of the n-th pending lead: the newest arrived minutes ago, the rest spread over 30 days, denser recently. */
function pendingAge(random: Random, index: number): number {
  if (index < 6) return 90 + index * 170 + random.int(0, 60);
  return Math.floor(30 * DAY * random.next() ** 2) + 600;
}

function seedPending(db: Db, random: Random, options: SeedOptions, people: FakePerson[]): void {
  for (let i = 0; i < options.incomingCount; i++) {
    // Some people write again through another channel: duplicates are part of real triage.
    const isRepeat = people.length > 20 && random.chance(0.05);
    const person = isRepeat ? random.pick(people) : fakePerson(random);
    if (!isRepeat && people.length < 2000) people.push(person);
    const draft = buildIncomingLead(
      { person, created_at: options.now - pendingAge(random, i) },
      { random, now: options.now },
    );
    insertIncomingLead(db, draft);
  }
}

/** Incoming leads already accepted, declined or linked, so the summary has real numbers. */
function seedHistory(db: Db, random: Random, options: SeedOptions): void {
  for (let i = 0; i < options.historyCount; i++) {
    const createdAt = options.now - random.int(DAY, 30 * DAY);
    const record = insertIncomingLead(db, buildIncomingLead({ created_at: createdAt }, { random, now: options.now }));
    settleInHistory(db, record, random, options.now);
  }
}

export function seedAccount(db: Db, options: SeedOptions): void {
  const random = createRandom(SEED);
  const people: FakePerson[] = [];
  seedRegularLeads(db, random, options.now, people);
  if (!options.withIncoming) return;
  seedHistory(db, random, options);
  seedPending(db, random, options, people);
}
