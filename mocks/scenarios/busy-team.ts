import type { SortedState } from '../account/account-changes';
import { findPipeline, pendingIncomingLeads, regularStages } from '../account/db';
import { insertIncomingLead } from '../account/db-inserts';
import { createRandom, type Random } from '../account/prng';
import type { IncomingLeadRecord, UserRecord } from '../account/records';
import { allows, incomingOwner } from '../account/rights';
import { buildIncomingLead } from '../account/seed';
import { acceptIncoming, declineIncoming } from '../account/triage';
import { TOKENS } from '../account/user-catalog';
import { type EmulatorState, nowSeconds } from '../emulator-state';
import { impliedToken } from './scenarios';

/*
 * The busy-team scenario: the account's clients and the user's colleagues are at work. A new incoming lead
 * arrives every 15–30 s, and every 20–45 s a colleague accepts (about 70 %) or declines one of the freshest
 * waiting leads, as that colleague, so the change feed names them. All of it on the emulator's clock and seeded
 * random, so a test moves time and always sees the same team.
 */

type Seconds = readonly [min: number, max: number];
export const ARRIVAL_SECONDS: Seconds = [15, 30];
export const SORT_SECONDS: Seconds = [20, 45];
const ACCEPT_SHARE = 0.7;
/** A colleague picks one of the newest leads they may sort, as people pick up what just came in. */
const FRESHEST = 20;
const TEAM_SEED = 0x7ea3;

export interface BusyTeam {
  stop(): void;
}

/** The user the browser (or the test) acts as, whom the team leaves alone; null when no token is implied. */
function currentUserId(state: EmulatorState): number | null {
  const token = impliedToken(state);
  return TOKENS.find((t) => t.token === token)?.userId ?? null;
}

function colleagues(state: EmulatorState): UserRecord[] {
  const me = currentUserId(state);
  return state.db.users.filter((user) => user.rights.is_active && user.id !== me);
}

function arrive(state: EmulatorState, random: Random): void {
  const now = nowSeconds(state);
  insertIncomingLead(state.db, buildIncomingLead({ created_at: now }, { random, now }));
  state.persist();
}

/** One colleague sorts one lead, with the rights amoCRM would check; nothing happens when nobody may. */
function sortOne(state: EmulatorState, random: Random): void {
  const { db } = state;
  const how: SortedState = random.chance(ACCEPT_SHARE) ? 'accepted' : 'declined';
  const right = how === 'accepted' ? 'edit' : 'delete';
  const newestFirst = pendingIncomingLeads(db).sort((a, b) => b.created_at - a.created_at);
  const sortable = (user: UserRecord): IncomingLeadRecord[] =>
    newestFirst.filter((record) => allows(db, user, right, incomingOwner(db, record.lead_id))).slice(0, FRESHEST);
  const candidates = colleagues(state)
    .map((user) => ({ user, leads: sortable(user) }))
    .filter(({ leads }) => leads.length > 0);
  if (candidates.length === 0) return;
  const { user, leads } = random.pick(candidates);
  const record = random.pick(leads);
  const act = { at: nowSeconds(state), actingUserId: user.id };
  if (how === 'accepted') {
    const pipeline = findPipeline(db, record.pipeline_id);
    const stage = pipeline ? regularStages(pipeline)[0] : undefined;
    // As `POST …/accept` with the colleague's own `user_id`: the lead becomes theirs.
    acceptIncoming(db, record, stage?.id ?? 0, user.id, act);
  } else {
    declineIncoming(db, record, act);
  }
  state.persist();
}

function repeat(state: EmulatorState, random: Random, [min, max]: Seconds, work: () => void): () => void {
  let cancel = () => {};
  const schedule = () => {
    cancel = state.later(random.int(min, max) * 1000, () => {
      work();
      schedule();
    });
  };
  schedule();
  return () => cancel();
}

/** Starts the team on the emulator's clock; `stop` clears its timers. */
export function startBusyTeam(state: EmulatorState): BusyTeam {
  // Seeded from the account's uid sequence, which the demo keeps: a reload goes on with new people, not the same.
  const random = createRandom(TEAM_SEED ^ state.db.uidState);
  const stops = [
    repeat(state, random, ARRIVAL_SECONDS, () => arrive(state, random)),
    repeat(state, random, SORT_SECONDS, () => sortOne(state, random)),
  ];
  return {
    stop() {
      for (const stop of stops) stop();
    },
  };
}
