import { buildPipelines, SEED_TAGS } from './account-catalog';
import type { AccountChange } from './account-changes';
import { createRandom } from './prng';
import type {
  CompanyRecord,
  ContactRecord,
  IncomingLeadRecord,
  LeadRecord,
  PipelineRecord,
  StatusRecord,
  TagRecord,
  UserRecord,
} from './records';
import { buildUsers } from './user-catalog';

export interface Db {
  pipelines: PipelineRecord[];
  users: UserRecord[];
  tags: Map<number, TagRecord>;
  contacts: Map<number, ContactRecord>;
  companies: Map<number, CompanyRecord>;
  leads: Map<number, LeadRecord>;
  /** Insertion-ordered; processed incoming leads stay here for the summary. */
  incoming: Map<string, IncomingLeadRecord>;
  nextId: { lead: number; contact: number; company: number; tag: number };
  uidState: number;
  /**
   * Told of every arrival and every sort; the emulator sets it once the account is in use, so building and
   * seeding an account tell nobody. Not stored with the account.
   */
  onChange: ((change: AccountChange) => void) | null;
}

export function createDb(): Db {
  const pipelines = buildPipelines();
  return {
    pipelines,
    users: buildUsers(pipelines),
    tags: new Map(SEED_TAGS.map((t) => [t.id, { ...t }])),
    contacts: new Map(),
    companies: new Map(),
    leads: new Map(),
    incoming: new Map(),
    nextId: { lead: 93144761, contact: 13176001, company: 5302001, tag: 263901 },
    uidState: 0x5eed,
    onChange: null,
  };
}

export const findPipeline = (db: Db, id: number): PipelineRecord | undefined => db.pipelines.find((p) => p.id === id);
export const mainPipeline = (db: Db): PipelineRecord =>
  db.pipelines.find((p) => p.is_main) ?? (db.pipelines[0] as PipelineRecord);
export const findUser = (db: Db, id: number): UserRecord | undefined => db.users.find((u) => u.id === id);

export function incomingStage(pipeline: PipelineRecord): StatusRecord {
  const stage = pipeline.statuses.find((s) => s.type === 1);
  if (!stage) throw new Error(`Pipeline ${pipeline.id} has no incoming stage`);
  return stage;
}

/** Stages a lead may be accepted into: editable, not incoming, not closed. */
export const regularStages = (pipeline: PipelineRecord): StatusRecord[] =>
  pipeline.statuses.filter((s) => s.type === 0 && s.is_editable);

export function isIncomingStage(db: Db, statusId: number): boolean {
  return db.pipelines.some((p) => incomingStage(p).id === statusId);
}

export function nextUid(db: Db): string {
  const random = createRandom(db.uidState);
  const uid = random.hex(60);
  db.uidState = random.state();
  return uid;
}

export function pendingIncomingLeads(db: Db): IncomingLeadRecord[] {
  return [...db.incoming.values()].filter((r) => r.state === 'pending');
}
