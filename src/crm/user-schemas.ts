import * as z from 'zod/mini';
import {
  lenientArray,
  lenientBoolean,
  lenientNumber,
  lenientObject,
  lenientText,
  requiredId,
} from '@/lib/lenient-schemas';

/** A: everything, G: their group's, M: only their own, D: nothing. */
export type RightLevel = 'A' | 'G' | 'M' | 'D';

export interface EntityRights {
  view: RightLevel;
  edit: RightLevel;
  add: RightLevel;
  delete: RightLevel;
  export: RightLevel;
}

/** Per-stage overrides, including the Incoming-leads stage. */
export interface StageRights {
  pipelineId: number;
  stageId: number;
  view: RightLevel;
  edit: RightLevel;
  delete: RightLevel;
}

export interface UserRights {
  leads: EntityRights;
  contacts: EntityRights;
  stages: StageRights[];
}

export interface User {
  id: number;
  name: string;
  email: string | null;
  isAdmin: boolean;
  isActive: boolean;
  rights: UserRights;
}

/** Only admins may list users; for everyone else the list is denied rather than failed. */
export type UsersAccess = { access: 'granted'; users: User[] } | { access: 'denied' };

const rightLevel = z.transform(
  (value: unknown): RightLevel => (value === 'A' || value === 'G' || value === 'M' ? value : 'D'),
);

const entityRightsSchema = lenientObject({
  view: rightLevel,
  edit: rightLevel,
  add: rightLevel,
  delete: rightLevel,
  export: rightLevel,
});

const stageRightsSchema = z.pipe(
  lenientObject({ pipeline_id: lenientNumber, status_id: lenientNumber, rights: entityRightsSchema }),
  z.transform((entry): StageRights | null =>
    entry.pipeline_id === null || entry.status_id === null
      ? null
      : {
          pipelineId: entry.pipeline_id,
          stageId: entry.status_id,
          view: entry.rights.view,
          edit: entry.rights.edit,
          delete: entry.rights.delete,
        },
  ),
);

/** A user as the users list sends it. Unknown or missing right values read as D, so nothing is over-granted. */
export const userSchema = z.pipe(
  z.object({
    id: requiredId,
    name: lenientText,
    email: lenientText,
    rights: lenientObject({
      leads: entityRightsSchema,
      contacts: entityRightsSchema,
      status_rights: lenientArray(stageRightsSchema),
      is_admin: lenientBoolean,
      is_active: z.transform((value: unknown) => value !== false),
    }),
  }),
  z.transform(
    (user): User => ({
      id: user.id,
      name: user.name ?? user.email ?? `User ${user.id}`,
      email: user.email,
      isAdmin: user.rights.is_admin,
      isActive: user.rights.is_active,
      rights: {
        leads: user.rights.leads,
        contacts: user.rights.contacts,
        stages: user.rights.status_rights.filter((entry) => entry !== null),
      },
    }),
  ),
);
