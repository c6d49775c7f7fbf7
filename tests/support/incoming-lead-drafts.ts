import type { IncomingLeadDraft } from '../../mocks/account/db-inserts';
import { createRandom } from '../../mocks/account/prng';
import {
  type BuildContext,
  buildIncomingLead as buildDraft,
  type IncomingLeadOverrides,
  SEED,
} from '../../mocks/account/seed';

const DRAFT_SEED = SEED ^ 0x7e57;
let draftRandom = createRandom(DRAFT_SEED);

/** The emulator's builder of incoming leads, drawing from the tests' shared sequence unless given a random. */
export function buildIncomingLead(
  overrides: IncomingLeadOverrides = {},
  context: Partial<BuildContext> = {},
): IncomingLeadDraft {
  return buildDraft(overrides, { ...context, random: context.random ?? draftRandom });
}

/**
 * Drafts built without a random of their own draw from one shared sequence; restarting it makes what they draw
 * (a chat's phone, a form's e-mail) the same whatever was built before, as each test needs.
 */
export function restartDraftRandom(): void {
  draftRandom = createRandom(DRAFT_SEED);
}
