import type { Db } from './db';
import { findUser } from './db';
import type { UserRecord } from './records';

/**
 * amoCRM right values: A = everything, G = leads of the user's group, M = only where the user is
 * responsible, D = nothing (amocrm-api-facts.md §4.3).
 */
export function allows(
  db: Db,
  user: UserRecord,
  action: 'view' | 'edit' | 'add' | 'delete',
  ownerId: number | null,
): boolean {
  const value = user.rights.leads[action];
  if (user.rights.is_admin || value === 'A') return true;
  if (value === 'D') return false;
  if (ownerId === null || ownerId === user.id) return true;
  if (value === 'M') return false;
  return findUser(db, ownerId)?.rights.group_id === user.rights.group_id;
}

/** The responsible user of the lead an incoming lead brought, which is what the rights are checked against. */
export function incomingOwner(db: Db, leadId: number | null): number | null {
  return leadId === null ? null : (db.leads.get(leadId)?.responsible_user_id ?? null);
}
